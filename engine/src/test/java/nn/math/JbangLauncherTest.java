package nn.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/// `./jbang`, the launcher of the chapter scripts, puts a script that compiles the engine on the
/// vector kernel and drops the one warning line the JVM prints for that, and nothing else;
/// the script's output, other warnings and exit status pass unchanged. It keeps the java
/// command of a built script and uses it again while no source has changed.
class JbangLauncherTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path FILTER = ROOT.resolve(".mvn/jbang/engine-errors.awk");
    private static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";

    private record Run(int status, String out, List<String> err) {}

    @Test
    void theFilterDropsExactlyTheModuleWarning() throws Exception {
        String kept = """
                WARNING: Using incubator modules: jdk.incubator.vector, jdk.incubator.foo
                 WARNING: Using incubator modules: jdk.incubator.vector
                WARNING: something else the JVM says
                a line of the script
                """;
        assertEquals(kept, awk("0", WARNING + "\n" + kept + WARNING + "\n"));
    }

    @Test
    void withTracesTheFilterStillDropsTheWarningButKeepsEngineStackTraces() throws Exception {
        String trace = """
                Exception in thread "main" java.lang.IllegalArgumentException: bad shape
                \tat nn.math.Matrix.of(Matrix.java:50)
                """;
        assertEquals(trace, awk("1", WARNING + "\n" + trace));
        assertTrue(awk("0", trace).startsWith("error: bad shape  [NN_TRACE=1"));
    }

    @Test
    void aScriptRunsOnTheVectorKernelWithItsOutputAndStatusUnchanged() throws Exception {
        Path folder = Files.createDirectories(Path.of("target/jbang-launcher-test"));
        Path lib = Files.createDirectories(folder.resolve("lib"));
        Files.writeString(lib.resolve("Greeting.java"), greeting("hello"));
        Path script = folder.resolve("KernelProbe.java");
        Files.writeString(script, """
                //JAVA 25+
                //SOURCES %s/engine/src/main/java/**.java
                //SOURCES lib/**.java
                void main(String[] args) {
                    IO.println(Greeting.text() + " " + nn.math.MatMul.path() + " "
                            + java.util.Arrays.toString(args));
                    System.err.println("WARNING: the script's own warning");
                    System.exit(3);
                }
                """.formatted(ROOT));

        Run first = jbang(script, Map.of(), "a b", "c");
        assertEquals(3, first.status(), first.err().toString());
        assertEquals("hello vector [a b, c]\n", first.out());
        assertEquals(List.of("WARNING: the script's own warning"), first.err());
        assertTrue(keptCommands().anyMatch(name -> name.startsWith("KernelProbe-")),
                "no kept command for KernelProbe in target/jbang/commands");

        Run again = jbang(script, Map.of());
        assertEquals(3, again.status());
        assertEquals("hello vector []\n", again.out());

        // A changed file under a //SOURCES folder makes the kept command stale.
        Path greeting = lib.resolve("Greeting.java");
        Files.writeString(greeting, greeting("changed"));
        Files.setLastModifiedTime(greeting,
                FileTime.fromMillis(System.currentTimeMillis() + 2000));
        assertEquals("changed vector []\n", jbang(script, Map.of()).out());

        Run plain = jbang(script, Map.of("NN_VECTOR", "0"));
        assertEquals("changed scalar []\n", plain.out());
        assertEquals(List.of("WARNING: the script's own warning"), plain.err());
    }

    private static String greeting(String text) {
        return "class Greeting { static String text() { return \"%s\"; } }\n".formatted(text);
    }

    private static java.util.stream.Stream<String> keptCommands() throws IOException {
        Path folder = ROOT.resolve("target/jbang/commands");
        if (!Files.isDirectory(folder)) return java.util.stream.Stream.empty();
        return Files.list(folder).map(p -> p.getFileName().toString());
    }

    /// Runs `./jbang script args`; standard error without jbang-cli's own `[jbang] ...` lines
    /// (a first run builds the script and says so).
    private static Run jbang(Path script, Map<String, String> env, String... args)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(
                List.of(ROOT.resolve("jbang").toString(), script.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        var err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        int status = p.waitFor();
        List<String> errLines = err.get().lines().filter(l -> !l.startsWith("[jbang] ")).toList();
        return new Run(status, out, errLines);
    }

    private static String awk(String trace, String input) throws Exception {
        Process p = new ProcessBuilder("awk", "-v", "trace=" + trace, "-f", FILTER.toString())
                .start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = read(p.getInputStream());
        assertEquals(0, p.waitFor());
        return out;
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
