package nn.book;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
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
        var runner = new RunScripts(root, outputs, figures, lib.toString());
        runner.progress = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        return runner.run("");
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
    void aFilterThatMatchesNoScriptIsAnError() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new RunScripts(root, outputs, figures, lib.toString()).run("Helo"));
        assertEquals("no script name contains 'Helo' (-Dscripts=NONE runs none)", e.getMessage());
    }
}
