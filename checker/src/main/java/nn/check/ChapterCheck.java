package nn.check;

import nn.check.Verdict.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/// Checks one chapter: compiles its exercises (or solutions) with its tests, runs every test
/// class marked `@Exercise` in a separate JVM ([TestJvm]) and returns one verdict per exercise.
/// When the learner's code ends that JVM early (`System.exit`, no memory left, out of time),
/// the exercise it was in gets the verdict and a fresh JVM goes on with the next ones.
/// Afterwards the learner's files are put back as they were before the run ([Snapshot]).
public final class ChapterCheck {
    /// Seconds the tests of one exercise may run before they are stopped (a learner's loop may
    /// never end).
    public static final long TIMEOUT_SECONDS = 10;

    private final Path chapter;
    private final long timeoutSeconds;

    public ChapterCheck(Path chapter, long timeoutSeconds) {
        this.chapter = chapter;
        this.timeoutSeconds = timeoutSeconds;
    }

    /// The learner's stubs (`exercises/`) or the reference answers (`solutions/`).
    public enum Source { EXERCISES, SOLUTIONS }

    /// The verdicts in the book's order, and a line for each file the learner's code changed
    /// outside its exercise (and the checker put back).
    public record Result(List<Verdict> verdicts, List<String> restored) {}

    public Result run(Source source) {
        Path work = tempFolder();
        try {
            Path classes = work.resolve("classes");
            String folder = source == Source.EXERCISES ? "exercises" : "solutions";
            var sources = List.of(chapter.resolve(folder), chapter.resolve("src/main/java"),
                    chapter.resolve("src/test/java"));
            var compiled = Compiler.compile(sources, classes);
            if (!compiled.ok()) return new Result(doesNotCompile(compiled.errors()), List.of());
            Snapshot before = Snapshot.of(chapter.getParent().getParent());
            List<Verdict> verdicts = runTests(classes);
            return new Result(verdicts, before.restore());
        } finally {
            delete(work);
        }
    }

    /// Runs test JVMs until every exercise has its verdict.
    private List<Verdict> runTests(Path classes) {
        Map<String, ExerciseInfo> exercises = new LinkedHashMap<>();
        ExerciseInfo.fromSources(testFiles()).forEach(e -> exercises.put(e.id(), e));
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        while (verdicts.size() < exercises.size()) {
            var outcome = TestJvm.run(classes, testClassNames(), verdicts.keySet(), timeoutSeconds);
            outcome.verdicts().forEach((id, v) -> verdicts.put(id, new Verdict(info(exercises, id),
                    v.status(), v.detail(), printed(outcome, id))));
            if (outcome.running() != null) {
                String id = outcome.running();
                verdicts.put(id, new Verdict(info(exercises, id), status(outcome.end()),
                        stopped(outcome), printed(outcome, id)));
            } else if (outcome.end() != TestJvm.End.BETWEEN) {
                // it checked all it could find (or could not start): the rest cannot be run
                String why = "the checker could not run these tests"
                        + (outcome.beforeTests().isEmpty() ? "" : ":\n" + outcome.beforeTests());
                exercises.values().stream().filter(e -> !verdicts.containsKey(e.id()))
                        .forEach(e -> verdicts.put(e.id(), new Verdict(e, Status.CRASHED, why)));
            }
        }
        return verdicts.values().stream()
                .sorted(Comparator.comparing(Verdict::exercise, ExerciseInfo.BY_ID)).toList();
    }

    private static Status status(TestJvm.End end) {
        return switch (end) {
            case TIMED_OUT -> Status.TIMED_OUT;
            case OUT_OF_MEMORY -> Status.CRASHED;
            default -> Status.STOPPED;
        };
    }

    /// What the learner sees when their code ended the test JVM in the middle of an exercise.
    private String stopped(TestJvm.Outcome outcome) {
        return switch (outcome.end()) {
            case TIMED_OUT -> "stopped after %d s: is there a loop that never ends?"
                    .formatted(timeoutSeconds);
            case EXITED -> ("your code called System.exit(%d), which ends the whole program: "
                    + "return a value (or throw an exception) instead").formatted(
                            outcome.exitStatus());
            case OUT_OF_MEMORY -> ("your code ran out of memory (it may use %s here): "
                    + "a huge array, or a list that grows in a loop without end?")
                    .formatted(TestJvm.MEMORY.replace("m", " MB"));
            default -> ("the program running your tests stopped suddenly (exit status %d): "
                    + "Runtime.halt, or a crash of the JVM?").formatted(outcome.exitStatus());
        };
    }

    private static Printed printed(TestJvm.Outcome outcome, String id) {
        return outcome.printed().getOrDefault(id, Printed.NOTHING);
    }

    private static ExerciseInfo info(Map<String, ExerciseInfo> exercises, String id) {
        return exercises.getOrDefault(id, new ExerciseInfo(id, "?", "?", List.of()));
    }

    private List<Verdict> doesNotCompile(List<String> errors) {
        String detail = String.join("\n", errors.subList(0, Math.min(5, errors.size())));
        return ExerciseInfo.fromSources(testFiles()).stream()
                .map(e -> new Verdict(e, Status.DOES_NOT_COMPILE, detail))
                .toList();
    }

    private List<Path> testFiles() {
        return Compiler.javaFiles(List.of(chapter.resolve("src/test/java")));
    }

    private List<String> testClassNames() {
        Path tests = chapter.resolve("src/test/java");
        return testFiles().stream()
                .map(p -> tests.relativize(p).toString())
                .map(file -> file.replace('/', '.').replaceAll("\\.java$", ""))
                .toList();
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("nn-check");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder in the system's temporary folder does no harm
        }
    }
}
