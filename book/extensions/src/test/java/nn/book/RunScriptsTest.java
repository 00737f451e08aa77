package nn.book;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The book's script runner on a repository of one chapter with one script, whose "engine" is
/// a class folder (`lib`): a script runs again exactly when something it uses changed, so the
/// book never shows an output or a figure older than the code.
class RunScriptsTest {
    @TempDir
    Path root;
    Path chapter, lib, outputs, figures;

    private static final String SCRIPT = """
            void main() throws Exception {
                IO.println("greeting: " + lib.Greeting.text() + " " + lib.Words.WORD);
                IO.println("data: " + java.nio.file.Files.readString(
                        java.nio.file.Path.of("assets/data.txt")).strip());
                java.nio.file.Files.writeString(java.nio.file.Path.of(
                        System.getProperty("nn.figures"), "hello.png"), "picture 1");
            }
            // expect: greeting: hello world
            """;

    @BeforeEach
    void repository() throws Exception {
        chapter = Files.createDirectories(root.resolve("chapters/01-first"));
        Files.writeString(chapter.resolve("Hello.java"), SCRIPT);
        Files.createDirectories(root.resolve("assets"));
        Files.writeString(root.resolve("assets/data.txt"), "one");
        lib = root.resolve("lib");
        engine("hello", "world");
        outputs = root.resolve("target/outputs");
        figures = root.resolve("target/book/images");
    }

    /// Compiles the stand-in engine: `Greeting.text()` (loaded) and the constant `Words.WORD`
    /// (copied into the script by javac: `Words` is never loaded).
    private void engine(String text, String word) throws Exception {
        Path src = Files.createDirectories(root.resolve("lib-src/lib"));
        Files.writeString(src.resolve("Greeting.java"),
                "package lib; public class Greeting { public static String text() { return \""
                        + text + "\"; } }");
        Files.writeString(src.resolve("Words.java"),
                "package lib; public class Words { public static final String WORD = \""
                        + word + "\"; }");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
                lib.toString(), src.resolve("Greeting.java").toString(),
                src.resolve("Words.java").toString());
        assertEquals(0, status);
    }

    private RunScripts.Report build() throws Exception {
        return build(Duration.ofSeconds(300));
    }

    private RunScripts.Report build(Duration timeout) throws Exception {
        var runner = new RunScripts(root, outputs, figures, lib.toString());
        runner.progress = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        runner.timeout = timeout;
        return runner.run("");
    }

    /// Another script beside Hello, in the same chapter.
    private void script(String name, String source) throws Exception {
        Files.writeString(chapter.resolve(name + ".java"), source);
    }

    private boolean cached(String name) {
        return Files.exists(root.resolve("target/script-cache/" + name + "/inputs.txt"));
    }

    private String output() throws Exception {
        return Files.readString(outputs.resolve("Hello.txt"));
    }

    @Test
    void aSecondBuildReusesTheOutputAndFigures() throws Exception {
        assertEquals(new RunScripts.Report(1, 0, List.of()), build());
        Files.delete(figures.resolve("hello.png"));
        Files.delete(outputs.resolve("Hello.txt"));
        assertEquals(new RunScripts.Report(0, 1, List.of()), build());
        assertEquals("greeting: hello world\ndata: one\n", output());
        assertEquals("picture 1", Files.readString(figures.resolve("hello.png")));
    }

    @Test
    void anEditedScriptRunsAgain() throws Exception {
        build();
        Files.writeString(chapter.resolve("Hello.java"), SCRIPT.replace("picture 1", "picture 2"));
        assertEquals(1, build().ran());
        assertEquals("picture 2", Files.readString(figures.resolve("hello.png")));
    }

    @Test
    void anEditedEngineClassRunsTheScriptAgain() throws Exception {
        build();
        engine("hello", "world"); // compiled again, the same bytes: nothing to run
        assertEquals(0, build().ran());
        engine("hello there", "world");
        RunScripts.Report report = build();
        assertEquals(1, report.ran());
        assertEquals(1, report.problems().size(), "the expected line no longer matches");
        engine("hello", "world");
        assertEquals(1, build().ran());
    }

    @Test
    void anEditedConstantThatJavacCopiedRunsTheScriptAgain() throws Exception {
        build();
        engine("hello", "world!");
        assertTrue(build().problems().getFirst().contains("expected output line not found"));
    }

    @Test
    void editedDataRunsTheScriptAgain() throws Exception {
        build();
        Files.writeString(root.resolve("assets/data.txt"), "two");
        assertEquals(1, build().ran());
        assertEquals("greeting: hello world\ndata: two\n", output());
    }

    @Test
    void aMissingExpectedLineNamesTheFileAndLine() throws Exception {
        Files.writeString(chapter.resolve("Hello.java"),
                SCRIPT.replace("// expect: greeting: hello world", "// expect: greeting: hi"));
        String problem = build().problems().getFirst();
        assertTrue(problem.startsWith("chapters/01-first/Hello.java:8: expected output line"
                + " not found: greeting: hi"), problem);
        assertFalse(Files.exists(root.resolve("target/script-cache/Hello/inputs.txt")),
                "a failed run leaves no cache entry");
    }

    @Test
    void aScriptThatThrowsNamesTheFileAndLine() throws Exception {
        Files.writeString(chapter.resolve("Hello.java"), """
                void main() {
                    IO.println("starting");
                    throw new IllegalStateException("the weights are NaN");
                }
                """);
        String problem = build().problems().getFirst();
        assertTrue(problem.startsWith("chapters/01-first/Hello.java:3: the script failed"
                + " (exit code 1): java.lang.IllegalStateException: the weights are NaN"), problem);
    }

    @Test
    void aScriptThatPrintsToStandardErrorFailsAndTheOthersRun() throws Exception {
        script("Warn", """
                void main() {
                    System.err.println("careful: the loss went up");
                }
                """);
        RunScripts.Report report = build();
        assertEquals(List.of("chapters/01-first/Warn.java: the script printed to standard"
                + " error:\n    careful: the loss went up\n"), report.problems());
        assertTrue(cached("Hello"), "the other script ran and was kept");
    }

    @Test
    void aScriptThatCallsSystemExitRunsAloneAndItsStatusCounts() throws Exception {
        script("Quit", """
                void main() {
                    IO.println("leaving early");
                    System.exit(3);
                }
                """);
        String problem = build().problems().getFirst();
        assertTrue(problem.startsWith("chapters/01-first/Quit.java: the script failed (exit code"
                + " 3)"), problem);
        assertTrue(cached("Hello"));
        script("Quit", """
                void main() {
                    IO.println("leaving early");
                    System.exit(0);
                }
                // expect: leaving early
                """);
        assertEquals(new RunScripts.Report(1, 1, List.of()), build());
        assertEquals("leaving early\n", Files.readString(outputs.resolve("Quit.txt")));
    }

    @Test
    void aScriptThatLeavesAThreadRunningRunsAloneAndIsWaitedFor() throws Exception {
        script("Linger", """
                void main() {
                    new Thread(() -> {
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            return;
                        }
                        IO.println("still here");
                    }, "lingering").start();
                }
                // expect: still here
                """);
        assertEquals(new RunScripts.Report(2, 0, List.of()), build());
        assertEquals("still here\n", Files.readString(outputs.resolve("Linger.txt")));
    }

    @Test
    void aScriptThatNeverEndsTimesOutAndTheOthersRun() throws Exception {
        script("Spin", """
                void main() {
                    while (true) Thread.onSpinWait();
                }
                """);
        RunScripts.Report report = build(Duration.ofSeconds(3));
        assertEquals(List.of("chapters/01-first/Spin.java: still running after 3 s"),
                report.problems());
        assertTrue(cached("Hello"));
    }

    @Test
    void everyScriptSeesTheEngineAndThePropertiesAfresh() throws Exception {
        Path src = root.resolve("lib-src/lib");
        Files.writeString(src.resolve("Counter.java"), "package lib; public class Counter {"
                + " private static int count; public static int next() { return ++count; } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
                lib.toString(), src.resolve("Counter.java").toString()));
        for (String name : List.of("CountA", "CountB", "CountC")) {
            script(name, """
                    void main() {
                        lib.Counter.next();
                        IO.println("count " + lib.Counter.next() + " "
                                + System.getProperty("nn.left", "clean"));
                        System.setProperty("nn.left", "dirty");
                    }
                    // expect: count 2 clean
                    """);
        }
        assertEquals(new RunScripts.Report(4, 0, List.of()), build());
    }

    @Test
    void aFilterThatMatchesNoScriptIsAnError() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new RunScripts(root, outputs, figures, lib.toString()).run("Helo"));
        assertEquals("no script name contains 'Helo' (-Dscripts=NONE runs none)", e.getMessage());
    }
}
