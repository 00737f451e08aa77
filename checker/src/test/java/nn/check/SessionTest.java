package nn.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTest {
    private static final String STUB =
            "throw new UnsupportedOperationException(\"exercise 9.1 not attempted yet\");";

    @TempDir
    Path root;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private Session session() {
        printed.reset();
        var out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return new Session(new Workbook(root), false, out, false);
    }

    private String output() { return printed.toString(StandardCharsets.UTF_8); }

    private Path exercise() { return root.resolve("chapters/09-demo/exercises/demo/Twice.java"); }

    @Test
    void wrongAnswerShowsTheFirstHintThenMoreOnRequest() throws IOException {
        ChapterCheckTest.demoChapter(root, "return x + 2;");
        assertEquals(1, session().checkChapter("09"));
        assertTrue(output().contains("hint: Multiply by two."), output());
        assertFalse(output().contains("hint: return 2 * x;"), output());
        assertTrue(output().contains("another hint: ./check hint 9.1"), output());

        session().hint("9.1");
        assertTrue(output().contains("2. return 2 * x;"), output());
        assertTrue(output().contains("That was the last hint"), output());
    }

    @Test
    void progressSurvivesBetweenRuns() throws IOException {
        ChapterCheckTest.demoChapter(root, "return 2 * x;");
        assertEquals(0, session().checkChapter("9"));
        assertTrue(output().contains("Progress: 1 of 1 exercises in the book done"), output());
        assertTrue(Files.exists(root.resolve(".check/progress.properties")));

        session().overview(); // no file changed: answered from the saved progress
        assertTrue(output().contains("09-demo                           1 / 1"), output());
        assertTrue(output().contains("Every exercise in the book is done"), output());
    }

    @Test
    void solutionWarnsBeforeThePassAndNotAfter() throws IOException {
        ChapterCheckTest.demoChapter(root, STUB);
        session().solution("9.1");
        assertTrue(output().startsWith("Careful: you have not passed exercise 9.1 yet"), output());
        assertTrue(output().contains("return 2 * x;"), output());

        Files.writeString(exercise(), ChapterCheckTest.twice("return x + x;"));
        session().checkChapter("09");
        session().solution("9.1");
        assertTrue(output().startsWith("Reference solution of exercise 9.1"), output());
    }

    @Test
    void overviewCountsUntouchedStubsWithoutCompiling() throws IOException {
        ChapterCheckTest.demoChapter(root, STUB);
        session().overview();
        assertTrue(output().contains("09-demo                           0 / 1"), output());
        assertTrue(output().contains(
                "Next: exercise 9.1, Double it, in chapters/09-demo/exercises/demo/Twice.java"),
                output());
    }

    @Test
    void resetRestoresTheStubAndKeepsTheLearnersFile() throws Exception {
        ChapterCheckTest.demoChapter(root, STUB);
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "book");
        Files.writeString(exercise(), ChapterCheckTest.twice("return 3 * x; // my attempt"));

        session().reset("9.1");
        assertEquals(ChapterCheckTest.twice(STUB), Files.readString(exercise()));
        try (var backups = Files.list(root.resolve(".check/backup"))) {
            Path kept = backups.findFirst().orElseThrow();
            assertTrue(Files.readString(kept).contains("my attempt"));
        }
    }

    @Test
    void unknownExerciseIsAClearError() throws IOException {
        ChapterCheckTest.demoChapter(root, STUB);
        var e = assertThrows(IllegalArgumentException.class, () -> session().hint("7.7"));
        assertEquals("there is no exercise 7.7; exercise numbers look like 4.2", e.getMessage());
    }

    private void git(String... args) throws Exception {
        var command = new java.util.ArrayList<String>(java.util.List.of("git"));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
    }
}
