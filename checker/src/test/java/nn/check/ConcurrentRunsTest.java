package nn.check;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Two `./check` at once, and a `./check` killed halfway: `.check/progress.properties` stays
/// a valid file that loses nothing either run finished. Each run is a real process.
class ConcurrentRunsTest {
    @TempDir
    Path root;

    @BeforeEach
    void book() throws IOException {
        HostileCodeTest.copyChapterOne(root);
        Files.writeString(exercise(), HostileCodeTest.weightedSum("", ""));
    }

    private Path exercise() {
        return root.resolve("chapters/01-neuron/exercises/neuron/WeightedSum.java");
    }

    private Path progressFile() { return root.resolve(".check/progress.properties"); }

    private Process check(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dnn.root=" + root,
                Check.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), output);
        return output;
    }

    private Properties progress() throws IOException {
        var values = new Properties();
        try (Reader in = Files.newBufferedReader(progressFile())) {
            values.load(in);
        }
        return values;
    }

    /// Waits until `p` runs a test JVM of its own.
    private static List<ProcessHandle> testJvmOf(Process p) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            List<ProcessHandle> children = p.descendants().toList();
            if (!children.isEmpty()) return children;
            Thread.sleep(50);
        }
        throw new AssertionError("no test JVM started");
    }

    private Session session() {
        return new Session(new Workbook(root), false,
                new PrintStream(OutputStream.nullOutputStream()), false);
    }

    @Test
    void aSecondRunWaitsAndBothAreKept() throws Exception {
        // a first run that takes a while
        Files.writeString(exercise(), HostileCodeTest.weightedSum("static boolean slept;",
                "if (!slept) { slept = true; try { Thread.sleep(4000); } "
                        + "catch (InterruptedException e) { } }"));
        Process first = check("01");
        testJvmOf(first);
        Process second = check("hint", "1.3");
        String secondOutput = finish(second);
        String firstOutput = finish(first);

        assertTrue(secondOutput.startsWith("Another ./check is running in this book; waiting "
                + "for it to finish..."), secondOutput);
        assertTrue(firstOutput.contains("1.1   Weighted sum"), firstOutput);
        Properties saved = progress();
        assertEquals("PASSED", saved.getProperty("1.1.status"), saved.toString());
        assertEquals("1", saved.getProperty("1.3.hints"), saved.toString());
        assertEquals("2", saved.getProperty("1.2.hints"), saved.toString());
    }

    @Test
    void aRunKilledHalfwayLeavesTheLastProgressAndStopsItsTestJvm() throws Exception {
        assertEquals(0, session().hint("1.4"));
        String saved = Files.readString(progressFile());
        Files.writeString(exercise(), HostileCodeTest.weightedSum("",
                "while (bias == bias) { bias = bias + 0; }"));

        Process run = check("01");
        List<ProcessHandle> testJvm = testJvmOf(run);
        Thread.sleep(500);
        run.destroyForcibly();
        assertTrue(run.waitFor(10, TimeUnit.SECONDS));
        for (ProcessHandle p : testJvm) p.onExit().get(10, TimeUnit.SECONDS);

        assertEquals(saved, Files.readString(progressFile()));
        // the lock went with the killed process: the next run does not wait
        String next = finish(check("hint", "1.4"));
        assertFalse(next.contains("waiting"), next);
        assertEquals("2", progress().getProperty("1.4.hints"));
    }

    @Test
    void aLeftoverTemporaryFileDoesNoHarm() throws Exception {
        session().hint("1.4");
        // what a run killed between writing and renaming leaves behind
        Files.writeString(root.resolve(".check/progress.properties.tmp"), "1.4.hints=garbage\0");
        session().hint("1.4");
        assertEquals("2", progress().getProperty("1.4.hints"));
        assertEquals("2", progress().getProperty("1.2.hints"));
    }
}
