package nn.check;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/// Runs a compiled chapter's tests in a separate JVM ([TestRunner]) and watches it: at most
/// [#MEMORY] of heap, at most `timeoutSeconds` of wall-clock time per exercise (then the JVM
/// and every process it started are killed), and no more than a few lines of what the
/// learner's code prints are kept (see [Printed]).
final class TestJvm {
    /// The heap the learner's code may use.
    static final String MEMORY = "512m";
    /// Time for the JVM to start and load the tests, before the first exercise begins.
    private static final long STARTUP_SECONDS = 60;
    private static final String OUT_OF_MEMORY = "Terminating due to java.lang.OutOfMemoryError";

    /// How a test JVM ended.
    enum End {
        /// it checked every exercise it was given
        FINISHED,
        /// it stopped between two exercises (after one left a thread running)
        BETWEEN,
        /// the learner's code called `System.exit`
        EXITED,
        /// the heap was full
        OUT_OF_MEMORY,
        /// an exercise ran out of time and the checker killed the JVM
        TIMED_OUT,
        /// it stopped in the middle of an exercise for another reason (`Runtime.halt`, a crash)
        STOPPED
    }

    /// A verdict as the test JVM reported it.
    record Reported(Verdict.Status status, String detail) {}

    /// What one test JVM did: the verdicts it reported, the exercise it was checking when it
    /// ended (`null` if none), how and with which exit status it ended, what the learner's
    /// code printed per exercise, and what was printed before the first exercise began.
    record Outcome(Map<String, Reported> verdicts, String running, End end, int exitStatus,
            Map<String, Printed> printed, String beforeTests) {}

    private final String secret = newSecret();
    private final Map<String, Reported> verdicts = new HashMap<>();
    private final Map<String, Printed.Collector> printed = new HashMap<>();
    private final Printed.Collector beforeTests = new Printed.Collector();
    private String running;
    private String last;
    private long startedAt;
    private boolean finished, exited, outOfMemory;

    private TestJvm() {}

    /// Runs the exercises of `testClasses` (compiled into `classes`) except those `judged`.
    static Outcome run(Path classes, List<String> testClasses, Set<String> judged,
            long timeoutSeconds) {
        return new TestJvm().watch(classes, testClasses, judged, timeoutSeconds);
    }

    private Outcome watch(Path classes, List<String> testClasses, Set<String> judged,
            long timeoutSeconds) {
        Process jvm = start(classes, testClasses);
        try (var stdin = jvm.getOutputStream()) {
            stdin.write((secret + "\n" + String.join(" ", judged) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // it has already stopped; what it printed says why
        }
        Thread reader = Thread.ofPlatform().daemon().start(() -> read(jvm.getInputStream()));
        Set<ProcessHandle> started = new HashSet<>();
        boolean timedOut = false;
        long jvmStart = System.nanoTime();
        try {
            while (!jvm.waitFor(100, TimeUnit.MILLISECONDS)) {
                jvm.descendants().forEach(started::add);
                synchronized (this) {
                    long now = System.nanoTime();
                    boolean late = running != null
                            ? now - startedAt > TimeUnit.SECONDS.toNanos(timeoutSeconds)
                            : last == null && now - jvmStart > TimeUnit.SECONDS.toNanos(
                                    STARTUP_SECONDS);
                    if (late) {
                        timedOut = true;
                        break;
                    }
                }
            }
            started.addAll(jvm.descendants().toList());
            started.forEach(ProcessHandle::destroyForcibly);
            jvm.destroyForcibly();
            jvm.waitFor();
            reader.join(2000); // not longer: a process it started may hold the stream open
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jvm.destroyForcibly();
        }
        synchronized (this) {
            return new Outcome(Map.copyOf(verdicts), running, end(timedOut), jvm.exitValue(),
                    results(), beforeTests.result().lines().isEmpty() ? ""
                            : String.join("\n", beforeTests.result().lines()));
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private End end(boolean timedOut) {
        if (finished) return End.FINISHED;
        if (timedOut && running != null) return End.TIMED_OUT;
        if (running == null && last != null) return End.BETWEEN;
        if (outOfMemory) return End.OUT_OF_MEMORY;
        if (exited) return End.EXITED;
        return End.STOPPED;
    }

    private Map<String, Printed> results() {
        Map<String, Printed> all = new HashMap<>();
        printed.forEach((id, c) -> all.put(id, c.result()));
        return all;
    }

    private static Process start(Path classes, List<String> testClasses) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + MEMORY, "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path") + File.pathSeparator + classes,
                TestRunner.class.getName()));
        command.addAll(testClasses);
        try {
            // in a folder of its own, so relative paths in the learner's code land there
            return new ProcessBuilder(command).directory(classes.getParent().toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a JVM for the tests", e);
        }
    }

    /// Splits the test JVM's output into lines, keeping at most 4 KB of each (a loop that
    /// prints without a newline sends one endless line).
    private void read(InputStream in) {
        var line = new ByteArrayOutputStream();
        long length = 0;
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line(line.toString(StandardCharsets.UTF_8), length);
                        line.reset();
                        length = 0;
                    } else {
                        if (line.size() < 4096) line.write(buffer[i]);
                        length++;
                    }
                }
            }
            if (length > 0) line(line.toString(StandardCharsets.UTF_8), length);
        } catch (IOException e) {
            // the JVM is gone; what was read is all there is
        }
    }

    private synchronized void line(String text, long length) {
        if (text.contains(OUT_OF_MEMORY)) {
            outOfMemory = true; // the JVM's last words, not the learner's
            return;
        }
        var parsed = ReportChannel.parse(text, secret);
        if (!parsed.printed().isEmpty() || parsed.report().isEmpty()) {
            Printed.Collector to = last == null ? beforeTests
                    : printed.computeIfAbsent(last, id -> new Printed.Collector());
            to.add(parsed.printed(), parsed.report().isEmpty() ? length
                    : parsed.printed().length());
        }
        parsed.report().ifPresent(this::report);
    }

    private void report(String message) {
        String[] words = message.split(" ", 4);
        switch (words[0]) {
            case "start" -> {
                running = last = words[1];
                startedAt = System.nanoTime();
            }
            case "verdict" -> {
                var status = Verdict.Status.valueOf(words[2]);
                verdicts.put(words[1], new Reported(status,
                        ReportChannel.decode(words.length > 3 ? words[3] : "")));
                running = null;
            }
            case "exit" -> exited = true;
            case "end" -> finished = true;
            default -> { } // not a report of this version
        }
    }
}
