package nn.book;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The filter `./jbang` runs a script's standard error through: an engine error becomes one
/// line, everything else passes unchanged.
class EngineErrorsFilterTest {
    private static final Path FILTER = Path.of("../../.mvn/jbang/engine-errors.awk");

    private static String filter(String stderr) throws Exception {
        assertTrue(Files.exists(FILTER), FILTER.toAbsolutePath().toString());
        Process awk = new ProcessBuilder("awk", "-f", FILTER.toString()).start();
        awk.getOutputStream().write(stderr.getBytes(StandardCharsets.UTF_8));
        awk.getOutputStream().close();
        String out = new String(awk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, awk.waitFor());
        return out;
    }

    @Test
    void anEngineErrorBecomesOneLine() throws Exception {
        String trace = """
                Exception in thread "main" java.lang.IllegalStateException: no MNIST files in assets/data/mnist
                \tat nn.data.Mnist.locate(Mnist.java:88)
                \tat nn.data.Mnist.load(Mnist.java:42)
                \tat TrainDigits.main(TrainDigits.java:12)
                """;
        assertEquals("error: no MNIST files in assets/data/mnist  [NN_TRACE=1 shows the Java"
                + " stack trace]\n", filter(trace));
    }

    @Test
    void aMessageOverSeveralLinesIsKeptWhole() throws Exception {
        String trace = """
                Exception in thread "main" java.lang.IllegalArgumentException: bad shape
                rows 3 and 4 differ
                \tat nn.math.Matrix.of(Matrix.java:50)
                """;
        assertTrue(filter(trace).startsWith("error: bad shape rows 3 and 4 differ  ["));
    }

    @Test
    void otherExceptionsAndOtherLinesPassUnchanged() throws Exception {
        String text = """
                WARNING: something the JVM says
                Exception in thread "main" java.lang.NullPointerException: x is null
                \tat MyScript.main(MyScript.java:7)
                Caused by: java.lang.RuntimeException
                \t... 3 more
                last line
                """;
        assertEquals(text, filter(text));
    }
}
