package nn.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// A wrong `./check` command line gets one line: what is wrong, then the short usage.
class CheckArgumentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bogus          | 'bogus' is not a chapter number (like 04) or a command",
            "--bogus        | unknown option '--bogus'",
            "123            | '123' is not a chapter number (like 04) or a command",
            "01 02          | one chapter at a time, please: '02' is one too many",
            "hint           | hint needs an exercise number, e.g. 4.2",
            "hint 4         | '4' is not an exercise number; they look like 4.2",
            "solution 1.1 x | one exercise at a time, please: 'x' is one too many",
            "--watch hint 1.1 | --watch checks a chapter; it does not go with hint"})
    void badCommandLineSaysWhatIsWrong(String line, String message) {
        List<String> words = new java.util.ArrayList<>(List.of(line.split(" ")));
        boolean watch = words.remove("--watch");
        var e = assertThrows(Check.BadArguments.class, () -> Check.checkArguments(words, watch));
        assertEquals(message, e.getMessage());
    }

    @Test
    void goodCommandLinesPass() {
        for (String line : List.of("", "01", "4", "hint 4.2", "reset 12.10", "solution 1.1")) {
            Check.checkArguments(line.isEmpty() ? List.of() : List.of(line.split(" ")), false);
        }
        Check.checkArguments(List.of("04"), true);
    }

    @Test
    void theLearnerSeesOneLineAndExitStatus2() throws Exception {
        var p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "-Dnn.root=" + ChapterCheckTest.bookRoot(), Check.class.getName(), "bogus")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        assertEquals(List.of("check: 'bogus' is not a chapter number (like 04) or a command; "
                + Check.SHORT_USAGE), output.lines().toList());
    }
}
