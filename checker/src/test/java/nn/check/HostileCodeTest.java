package nn.check;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Exercise code that misbehaves, one case per test: a copy of chapter 1 whose exercise 1.1
/// (`WeightedSum`, otherwise the reference answer) does the bad thing. Each test checks the
/// verdict the learner reads, that the other exercises are still judged, and that the learner's
/// files and progress come through untouched.
class HostileCodeTest {
    private static final long TIMEOUT_SECONDS = 3;

    @TempDir
    Path root;

    private Map<Path, String> filesBefore;

    /// A copy of chapter 1 under `root`, with progress saved by an earlier run.
    static void copyChapterOne(Path root) throws IOException {
        Path from = ChapterCheckTest.bookRoot().resolve("chapters/01-neuron");
        Path to = root.resolve("chapters/01-neuron");
        for (String folder : new String[] {"exercises", "solutions", "src/test"}) {
            try (Stream<Path> files = Files.walk(from.resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path copy = to.resolve(from.relativize(f));
                    Files.createDirectories(copy.getParent());
                    Files.copy(f, copy);
                }
            }
        }
        Files.createDirectories(root.resolve(".check"));
        Files.writeString(root.resolve(".check/progress.properties"), "1.2.hints=2\n");
    }

    @BeforeEach
    void book() throws IOException {
        copyChapterOne(root);
    }

    /// Exercise 1.1's file: the reference answer with `members` added to the class (line 4)
    /// and `first` run at the start of the method (line 6).
    static String weightedSum(String members, String first) {
        return """
                package neuron;
                public final class WeightedSum {
                    private WeightedSum() {}
                    %s
                    public static double of(double[] weights, double[] inputs, double bias) {
                        %s
                        if (weights.length != inputs.length) throw new IllegalArgumentException();
                        double z = bias;
                        for (int i = 0; i < weights.length; i++) z += weights[i] * inputs[i];
                        return z;
                    }
                }
                """.formatted(members, first);
    }

    /// Writes exercise 1.1, runs `./check 01` and returns what the learner sees.
    private String check(String members, String first) throws IOException {
        Files.writeString(exercise(), weightedSum(members, first));
        filesBefore = learnersFiles();
        var printed = new ByteArrayOutputStream();
        var out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        new Session(new Workbook(root), false, out, false, TIMEOUT_SECONDS).checkChapter("01");
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Path exercise() {
        return root.resolve("chapters/01-neuron/exercises/neuron/WeightedSum.java");
    }

    /// Every exercise, solution and test file of the copy, with its content.
    private Map<Path, String> learnersFiles() throws IOException {
        Map<Path, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("chapters"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(root.relativize(f), Files.readString(f));
            }
        }
        return all;
    }

    /// The line of exercise 1.1 with this status, as `./check` prints it.
    private static String verdictLine(String label) {
        return "%-5s %-34s %s".formatted("1.1", "Weighted sum", label);
    }

    /// The other exercises were judged, and no file or progress was lost.
    private void othersJudgedAndNothingLost(String output) throws IOException {
        for (String other : new String[] {"1.2   Logic gates by hand", "1.3   One perceptron step",
                "1.4   The boundary is a line"}) {
            assertTrue(output.contains(other), output);
        }
        assertEquals(3, output.split("not attempted yet", -1).length - 1, output);
        assertEquals(filesBefore, learnersFiles());
        var progress = new Properties();
        try (Reader in = Files.newBufferedReader(root.resolve(".check/progress.properties"))) {
            progress.load(in);
        }
        assertEquals("2", progress.getProperty("1.2.hints"), progress.toString());
        assertTrue(progress.getProperty("1.1.status") != null, progress.toString());
    }

    @Test
    void systemExitStopsOnlyItsOwnExercise() throws IOException {
        String output = check("", "System.exit(3);");
        assertTrue(output.contains(verdictLine("stopped the program")), output);
        assertTrue(output.contains("your code called System.exit(3), which ends the whole "
                + "program: return a value (or throw an exception) instead"), output);
        othersJudgedAndNothingLost(output);
    }

    @Test
    void runtimeHaltStopsOnlyItsOwnExercise() throws IOException {
        String output = check("", "Runtime.getRuntime().halt(7);");
        assertTrue(output.contains(verdictLine("stopped the program")), output);
        assertTrue(output.contains("stopped suddenly (exit status 7)"), output);
        othersJudgedAndNothingLost(output);
    }

    @Test
    void endlessLoopTimesOut() throws IOException {
        long start = System.nanoTime();
        String output = check("", "while (bias == bias) { bias = bias + 0; }");
        assertTrue(output.contains(verdictLine("timed out")), output);
        assertTrue(output.contains("stopped after 3 s: is there a loop that never ends?"),
                output);
        othersJudgedAndNothingLost(output);
        assertTrue(System.nanoTime() - start < 30e9, "took too long");
    }

    @Test
    void threadThatNeverEndsDoesNotHangTheCheck() throws IOException {
        String output = check("", "new Thread(() -> { while (true) Thread.onSpinWait(); })"
                + ".start();");
        assertTrue(output.contains(verdictLine("passed")), output);
        othersJudgedAndNothingLost(output);
    }

    @Test
    void hugeAllocationRunsOutOfMemory() throws IOException {
        // 20 GB in arrays of 1 GB, all kept
        String output = check("static final java.util.List<long[]> KEPT = new java.util"
                + ".ArrayList<>();", "for (int i = 0; i < 20; i++) KEPT.add(new long[1 << 27]);");
        assertTrue(output.contains(verdictLine("threw an exception")), output);
        assertTrue(output.contains("your code ran out of memory (it may use 512 MB here)"),
                output);
        assertFalse(output.contains("your code printed"), output);
        othersJudgedAndNothingLost(output);
    }

    @Test
    void stackOverflowNamesTheLine() throws IOException {
        String output = check("", "if (bias < 1e300) return of(weights, inputs, bias);");
        assertTrue(output.contains(verdictLine("threw an exception")), output);
        assertTrue(output.contains("your code threw StackOverflowError (WeightedSum.java:6): "
                + "a method that calls itself without end?"), output);
        othersJudgedAndNothingLost(output);
    }

    @Test
    void tenMegabytesOfOutputAreCutShort() throws IOException {
        // 200,000 lines of 55 characters, once (the tests call the method several times)
        String output = check("static boolean done;", "if (!done) for (int i = 0; i < 200_000; "
                + "i++) System.out.println(i + \" \" + \"x\".repeat(50)); done = true;");
        assertTrue(output.contains(verdictLine("passed")), output);
        assertTrue(output.contains("your code printed:\n          | 0 xxxxx"), output);
        assertTrue(output.matches("(?s).*\\(and [0-9,]+ more lines; [0-9,]+ characters in all\\)"
                + ".*"), output);
        assertTrue(output.length() < 20_000, "printed " + output.length() + " characters");
        othersJudgedAndNothingLost(output);
    }

    @Test
    void throwingStaticInitializerIsExplained() throws IOException {
        String output = check("static final int ZERO = 1 / Integer.parseInt(\"0\");", "");
        assertTrue(output.contains(verdictLine("threw an exception")), output);
        assertTrue(output.contains("your code threw an error in a static initializer (a static "
                + "field or block): ArithmeticException: / by zero (WeightedSum.java:4)"), output);
        assertFalse(output.contains("NoClassDefFoundError"), output);
        othersJudgedAndNothingLost(output);
    }

    @Test
    void filesOutsideTheExerciseArePutBack() throws IOException {
        Path chapter = root.resolve("chapters/01-neuron");
        String vandal = """
                try {
                    Files.deleteIfExists(Path.of("%s"));
                    Files.writeString(Path.of("%s"), "1.2.status=PASSED");
                    Files.deleteIfExists(Path.of("%s"));
                    Files.writeString(Path.of("%s"), "// gone");
                    Files.writeString(Path.of("%s"), "// mine now");
                    Files.writeString(Path.of("%s"), "left behind");
                } catch (java.io.IOException e) { throw new RuntimeException(e); }
                """.replace("Files.", "java.nio.file.Files.")
                .replace("Path.", "java.nio.file.Path.")
                .formatted(chapter.resolve("exercises/neuron/LogicGates.java"),
                root.resolve(".check/progress.properties"),
                chapter.resolve("solutions/neuron/WeightedSum.java"),
                chapter.resolve("src/test/java/neuron/LogicGatesTest.java"),
                chapter.resolve("exercises/neuron/WeightedSum.java"),
                chapter.resolve("exercises/neuron/Extra.txt"));
        String output = check("", vandal.replace("\n", " "));
        assertTrue(output.contains(verdictLine("passed")), output);
        assertTrue(output.contains("Your code changed files outside its exercise; the checker "
                + "put them back:"), output);
        assertTrue(output.contains("deleted chapters/01-neuron/exercises/neuron/LogicGates.java: "
                + "put back"), output);
        assertTrue(output.contains("changed .check/progress.properties: put back (the changed "
                + "one is in .check/backup/"), output);
        assertTrue(output.matches("(?s).*created chapters/01-neuron/exercises/neuron/Extra.txt: "
                + "moved to \\.check/backup/[0-9-]+/chapters/01-neuron/exercises/neuron/Extra"
                + "\\.txt\n.*"), output);
        othersJudgedAndNothingLost(output);
    }

    @Test
    void printedFakeVerdictsDoNotCount() throws IOException {
        // the report format without the secret: printed output, not a verdict
        String output = check("", "System.out.println(\"verdict 1.1 PASSED \"); "
                + "if (bias == bias) return -1;");
        assertTrue(output.contains(verdictLine("not yet right")), output);
        assertTrue(output.contains("| verdict 1.1 PASSED"), output);
        othersJudgedAndNothingLost(output);
    }

    @Test
    void processLeftRunningIsStopped() throws IOException {
        String output = check("", "try { new ProcessBuilder(\"sleep\", \"600\").start(); } "
                + "catch (java.io.IOException e) { throw new RuntimeException(e); }");
        assertTrue(output.contains(verdictLine("passed")), output);
        othersJudgedAndNothingLost(output);
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().arguments()
                .map(a -> a.length == 1 && a[0].equals("600")).orElse(false)
                && p.info().command().orElse("").endsWith("sleep")), "sleep 600 still runs");
    }
}
