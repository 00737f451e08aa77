package nn.book;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptTest {
    @TempDir
    Path chapters;

    @Test
    void findsScriptsAndTheirExpectedLines() throws IOException {
        Path ch = Files.createDirectories(chapters.resolve("01-x/exercises"));
        Files.writeString(ch.resolve("../FitXor.java"),
                "void main() {}\n    // expect: loss: 0.01\n");
        Files.writeString(ch.resolve("Stub.java"), "class Stub {}");
        Files.writeString(ch.resolve("../helper.java"), "class helper {}");
        List<Script> scripts = Script.all(chapters);
        assertEquals(1, scripts.size());
        assertEquals("FitXor", scripts.getFirst().name());
        assertEquals(List.of(new Script.Expected(2, "loss: 0.01")), scripts.getFirst().expected());
    }

    @Test
    void reportsMissingExpectedLinesWithTheirLineNumbers() {
        var s = new Script(Path.of("A.java"),
                List.of(new Script.Expected(3, "a: 1"), new Script.Expected(4, "b: 2")));
        assertEquals(List.of(new Script.Expected(4, "b: 2")), s.missingFrom("  a: 1  \nb: 3\n"));
    }
}
