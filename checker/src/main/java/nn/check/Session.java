package nn.check;

import nn.check.Verdict.Status;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/// One run of `./check`: carries out a command and remembers the learner's progress. Each
/// command holds the book's [BookLock] while it runs, and reads the progress afresh under it.
final class Session {
    private final Workbook book;
    private final boolean solutions;
    private final PrintStream out;
    private final Printer printer;
    private final long timeoutSeconds;
    private Progress progress;

    Session(Workbook book, boolean solutions, PrintStream out, boolean color) {
        this(book, solutions, out, color, ChapterCheck.TIMEOUT_SECONDS);
    }

    Session(Workbook book, boolean solutions, PrintStream out, boolean color,
            long timeoutSeconds) {
        this.book = book;
        this.solutions = solutions;
        this.out = out;
        this.printer = new Printer(out, color);
        this.timeoutSeconds = timeoutSeconds;
    }

    /// Runs one command under the book's lock, with the progress as saved by the last one.
    private int locked(IntSupplier command) {
        try (var lock = BookLock.take(book.root(), out)) {
            progress = new Progress(book.root());
            return command.getAsInt();
        }
    }

    /// `./check NN`: a verdict per exercise of chapter NN.
    int checkChapter(String number) {
        Workbook.Chapter chapter = book.chapter(number);
        return locked(() -> checkChapter(chapter));
    }

    private int checkChapter(Workbook.Chapter chapter) {
        var result = run(chapter);
        List<Verdict> verdicts = result.verdicts();
        List<Printer.Line> lines = new ArrayList<>();
        for (Verdict v : verdicts) {
            String id = v.exercise().id();
            boolean attempted = v.status() != Status.PASSED && v.status() != Status.NOT_ATTEMPTED;
            if (attempted && progress.hintsSeen(id) == 0) progress.setHintsSeen(id, 1);
            lines.add(new Printer.Line(v, attempted ? progress.hintsSeen(id) : 0));
        }
        String folder = solutions ? "solutions" : "exercises";
        printer.chapter(book.show(chapter.folder().resolve(folder)), lines);
        printer.restored(result.restored());
        printer.progress(statuses(), chapter);
        save();
        return verdicts.stream().allMatch(Verdict::passed) ? 0 : 1;
    }

    /// `./check`: progress per chapter (re-checking only what changed) and the next exercise.
    int overview() {
        return locked(this::overviewLocked);
    }

    private int overviewLocked() {
        for (Workbook.Chapter c : book.chapters()) {
            boolean changed = c.exercises().stream()
                    .anyMatch(e -> known(c, e) == null && !isStub(c, e));
            if (changed) printer.restored(run(c).restored());
        }
        printer.overview(book, statuses());
        save();
        return 0;
    }

    /// `./check hint N.M`: one more hint.
    int hint(String id) {
        var entry = book.exercise(id);
        return locked(() -> hint(entry));
    }

    private int hint(Workbook.Entry entry) {
        String id = entry.exercise().id();
        List<String> hints = entry.exercise().hints();
        int seen = Math.min(hints.size(), progress.hintsSeen(id) + 1);
        progress.setHintsSeen(id, seen);
        printer.hints(entry.exercise(), seen);
        save();
        return 0;
    }

    /// `./check solution N.M`: the reference answer, with a warning if not passed yet.
    int solution(String id) {
        var entry = book.exercise(id);
        return locked(() -> solution(entry));
    }

    private int solution(Workbook.Entry entry) {
        boolean passed = known(entry.chapter(), entry.exercise()) == Status.PASSED;
        Path file = entry.chapter().solutionFile(entry.exercise());
        printer.solution(entry.exercise(), book.show(file), read(file), passed);
        return 0;
    }

    /// `./check reset N.M`: the original stub comes back; the learner's file is kept in `.check/`.
    int reset(String id) {
        var entry = book.exercise(id);
        return locked(() -> reset(entry));
    }

    private int reset(Workbook.Entry entry) {
        Path file = entry.chapter().exerciseFile(entry.exercise());
        String original = OriginalStub.of(book.root(), file);
        Path backup = book.root().resolve(".check/backup").resolve(file.getFileName() + "."
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.createDirectories(backup.getParent());
            if (Files.exists(file)) Files.copy(file, backup);
            AtomicFile.write(file, original.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not reset " + file, e);
        }
        printer.reset(entry.exercise(), book.show(file), book.show(backup));
        return 0;
    }

    /// `./check --watch [NN]`: checks again after every save, until Ctrl-C.
    int watch(String number) {
        List<Workbook.Chapter> chapters =
                number == null ? book.chapters() : List.of(book.chapter(number));
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (Workbook.Chapter c : chapters) {
                try (var folders = Files.walk(c.folder().resolve("exercises"))) {
                    for (Path f : folders.filter(Files::isDirectory).toList()) {
                        f.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_CREATE);
                    }
                }
            }
            if (number != null) checkChapter(number);
            printer.watching();
            while (true) {
                var key = watcher.take();
                Path changed = (Path) key.watchable();
                TimeUnit.MILLISECONDS.sleep(300); // let the editor finish writing
                key.pollEvents();
                key.reset();
                while ((key = watcher.poll()) != null) { key.pollEvents(); key.reset(); }
                chapters.stream().filter(c -> changed.startsWith(c.folder())).findFirst()
                        .ifPresent(c -> checkChapter(c.number()));
                // files the check itself put back are no reason to check again
                while ((key = watcher.poll()) != null) { key.pollEvents(); key.reset(); }
                printer.watching();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private ChapterCheck.Result run(Workbook.Chapter chapter) {
        var source = solutions ? ChapterCheck.Source.SOLUTIONS : ChapterCheck.Source.EXERCISES;
        var check = new ChapterCheck(chapter.folder(), timeoutSeconds);
        var result = check.run(source);
        List<Verdict> verdicts = result.verdicts();
        // the reference answers say nothing about the learner's progress
        if (solutions) return result;
        for (Verdict v : verdicts) {
            String fingerprint = Progress.fingerprint(chapter.exerciseFile(v.exercise()));
            progress.record(v.exercise().id(), v.status(), fingerprint);
        }
        return result;
    }

    /// Every exercise's status as far as we know without running anything.
    private List<Printer.Entry> statuses() {
        List<Printer.Entry> all = new ArrayList<>();
        for (Workbook.Chapter c : book.chapters()) {
            for (ExerciseInfo e : c.exercises()) {
                Status s = known(c, e);
                if (s == null && isStub(c, e)) s = Status.NOT_ATTEMPTED;
                all.add(new Printer.Entry(c, e, s));
            }
        }
        return all;
    }

    private Status known(Workbook.Chapter c, ExerciseInfo e) {
        return progress.status(e.id(), Progress.fingerprint(c.exerciseFile(e)));
    }

    private static boolean isStub(Workbook.Chapter c, ExerciseInfo e) {
        return read(c.exerciseFile(e)).contains("not attempted yet\")");
    }

    private void save() {
        if (!solutions) progress.save();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
