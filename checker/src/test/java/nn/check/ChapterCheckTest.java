package nn.check;

import nn.check.Verdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChapterCheckTest {
    private static final String TEST = """
            package demo;
            import nn.check.Exercise;
            import nn.check.Expect;
            import org.junit.jupiter.api.Test;
            @Exercise(id = "9.1", title = "Double it", file = "demo/Twice.java",
                    hints = {"Multiply by " + "two.", "return 2 * x;"})
            class TwiceTest {
                @Test void doubles() { Expect.near("Twice.of(3)", 6, Twice.of(3), 1e-12); }
                @Test void doublesZero() { Expect.near("Twice.of(0)", 0, Twice.of(0), 1e-12); }
            }
            """;

    @TempDir
    Path root;

    /// Writes a one-exercise chapter `chapters/09-demo` under `root` whose stub body is `body`.
    static Path demoChapter(Path root, String body) throws IOException {
        Path chapter = root.resolve("chapters/09-demo");
        Files.createDirectories(chapter.resolve("exercises/demo"));
        Files.createDirectories(chapter.resolve("solutions/demo"));
        Files.createDirectories(chapter.resolve("src/test/java/demo"));
        Files.writeString(chapter.resolve("src/test/java/demo/TwiceTest.java"), TEST);
        Files.writeString(chapter.resolve("solutions/demo/Twice.java"), twice("return 2 * x;"));
        Files.writeString(chapter.resolve("exercises/demo/Twice.java"), twice(body));
        return chapter;
    }

    static String twice(String body) {
        return "package demo;\npublic final class Twice {\n"
                + "    public static double of(double x) {\n"
                + body + "\n    }\n}\n";
    }

    private Verdict checkWith(String body) throws IOException {
        Path chapter = demoChapter(root, body);
        List<Verdict> verdicts = new ChapterCheck(chapter, 2).run(ChapterCheck.Source.EXERCISES)
                .verdicts();
        assertEquals(1, verdicts.size());
        return verdicts.getFirst();
    }

    @Test
    void rightAnswerPasses() throws IOException {
        Verdict v = checkWith("return 2 * x;");
        assertEquals(Status.PASSED, v.status());
    }

    @Test
    void wrongAnswerSaysWhatForEveryFailingCheck() throws IOException {
        Verdict v = checkWith("return x + 2;");
        assertEquals(Status.FAILED, v.status());
        assertEquals(List.of("Twice.of(0) returned 2 but should be 0 (tolerance 1e-12)",
                        "Twice.of(3) returned 5 but should be 6 (tolerance 1e-12)"),
                v.detail().lines().sorted().toList());
    }

    @Test
    void oneWrongCheckIsReportedAlone() throws IOException {
        Verdict v = checkWith("return x == 0 ? 1 : 2 * x;");
        assertEquals("Twice.of(0) returned 1 but should be 0 (tolerance 1e-12)", v.detail());
    }

    @Test
    void stubIsNotAttempted() throws IOException {
        Verdict v = checkWith("throw new UnsupportedOperationException(\"not attempted yet\");");
        assertEquals(Status.NOT_ATTEMPTED, v.status());
    }

    @Test
    void exceptionNamesTypeAndLine() throws IOException {
        Verdict v = checkWith("int[] a = new int[1];\n        return a[(int) x];");
        assertEquals(Status.CRASHED, v.status());
        assertTrue(v.detail().startsWith("your code threw ArrayIndexOutOfBoundsException"),
                v.detail());
        assertTrue(v.detail().endsWith("(Twice.java:5)"), v.detail());
    }

    @Test
    void endlessLoopTimesOut() throws IOException {
        Verdict v = checkWith("while (x > 0) { x = x + 1; }\n        return x;");
        assertEquals(Status.TIMED_OUT, v.status());
        assertTrue(v.detail().contains("2 s"), v.detail());
    }

    @Test
    void compileErrorIsReportedWithFileAndLine() throws IOException {
        Verdict v = checkWith("return 2 * y;");
        assertEquals(Status.DOES_NOT_COMPILE, v.status());
        assertTrue(v.detail().startsWith("Twice.java:4: cannot find symbol"), v.detail());
        assertEquals("9.1", v.exercise().id());
        assertEquals(List.of("Multiply by two.", "return 2 * x;"), v.exercise().hints());
    }

    /// The book's folder: the tests run in `checker/`.
    static Path bookRoot() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    @Test
    void everyChaptersStubsCompileAndAreNotAttempted() {
        List<Path> chapters = Chapters.withExercises(bookRoot(), null);
        assertFalse(chapters.isEmpty());
        for (Path chapter : chapters) {
            for (Verdict v : new ChapterCheck(chapter, 10).run(ChapterCheck.Source.EXERCISES)
                    .verdicts()) {
                assertEquals(Status.NOT_ATTEMPTED, v.status(), chapter + " " + v);
            }
        }
    }

    @Test
    void everyChaptersSolutionsPassThroughTheChecker() {
        for (Path chapter : Chapters.withExercises(bookRoot(), null)) {
            for (Verdict v : new ChapterCheck(chapter, 10).run(ChapterCheck.Source.SOLUTIONS)
                    .verdicts()) {
                assertEquals(Status.PASSED, v.status(), chapter + " " + v);
            }
        }
    }
}
