package nn.book;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/// How long each script took last time, so the next build starts the slowest scripts first and
/// the two workers finish together.
final class Timings {
    private final Path file;
    private final Properties seconds = new Properties();

    Timings(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                seconds.load(in);
            } catch (IOException | IllegalArgumentException e) {
                seconds.clear(); // only the order suffers
            }
        }
    }

    /// Slowest first; scripts never timed count as slow, so new ones start early.
    List<Script> slowestFirst(List<Script> scripts) {
        return scripts.stream().sorted(Comparator.comparingDouble(this::last).reversed()).toList();
    }

    /// Runs `work` and records how long it took.
    <T> T record(Script script, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        synchronized (seconds) {
            seconds.setProperty(script.name(), Double.toString((System.nanoTime() - start) / 1e9));
        }
        return result;
    }

    /// Saves the timings once every run has finished.
    void saveAfter(List<? extends Future<?>> runs) throws Exception {
        for (Future<?> run : runs) run.get();
        try (Writer out = Files.newBufferedWriter(file)) {
            seconds.store(out, "seconds per script in the last book build");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double last(Script script) {
        return Double.parseDouble(seconds.getProperty(script.name(), "1000"));
    }
}
