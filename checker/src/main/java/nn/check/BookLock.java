package nn.check;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/// One `./check` at a time per book: an exclusive lock on `.check/lock`, held while a command
/// reads and writes the learner's progress and runs their code. A second `./check` waits for
/// the first; the operating system lets go of the lock when a process ends, even killed.
final class BookLock implements AutoCloseable {
    static final String FILE = "lock";
    /// File locks belong to the whole JVM; threads of one JVM queue here first.
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private BookLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /// Waits for the lock of the book in `root`, saying so on `out` if it has to wait.
    static BookLock take(Path root, PrintStream out) {
        IN_THIS_JVM.lock();
        try {
            Path file = root.resolve(".check").resolve(FILE);
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                out.println("Another ./check is running in this book; waiting for it to finish...");
                lock = channel.lock();
            }
            return new BookLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            IN_THIS_JVM.unlock();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not lock " + root.resolve(".check"), io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        } finally {
            IN_THIS_JVM.unlock();
        }
    }
}
