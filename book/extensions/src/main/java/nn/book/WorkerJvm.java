package nn.book;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/// One `ScriptWorker` JVM as `RunScripts` sees it: started when a script first needs it,
/// asked to run one script at a time, and replaced by a fresh one after a script ended it
/// (`System.exit`), left threads running in it, or ran past the timeout.
final class WorkerJvm {
    /// How a run in the worker went.
    sealed interface Outcome {
        /// The script's main method returned (0) or threw (1).
        record Done(int exitCode) implements Outcome {}

        /// The script returned but left these threads running; the worker is gone.
        record LeftThreads(String names) implements Outcome {}

        /// The worker JVM ended during the script (it called `System.exit`, or the JVM died).
        record Ended(int exitCode) implements Outcome {}

        /// The script was still running after the timeout; the worker is gone.
        record TimedOut() implements Outcome {}
    }

    private static final String END = "end";

    private final List<String> command;
    private final Path directory;
    private Process process;
    private PrintWriter requests;
    private BlockingQueue<String> answers;

    /// `javaOptions` as for a script's own JVM; `scriptClassPath` with the scripts' folder.
    WorkerJvm(List<String> javaOptions, String scriptClassPath, Path directory) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String workerClasses = Path.of(ScriptWorker.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath()).toString();
        this.command = new ArrayList<>(List.of(java));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", workerClasses, ScriptWorker.class.getName(),
                scriptClassPath));
        this.directory = directory;
    }

    /// Runs the script class `name` with its figures in `figures`, its output, errors and
    /// loaded classes written to the three files.
    Outcome run(String name, Path figures, Path out, Path err, Path classes, Duration timeout)
            throws IOException, InterruptedException {
        String request = String.join("\t", name, figures.toString(), out.toString(),
                err.toString(), classes.toString());
        if (request.chars().filter(c -> c == '\t').count() != 4 || request.contains("\n")) {
            throw new IllegalArgumentException("a tab or a line break in a path: " + request);
        }
        start();
        requests.println(request);
        requests.flush();
        String answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            kill();
            return new Outcome.TimedOut();
        }
        if (answer.equals(END)) {
            int exitCode = process.waitFor();
            process = null;
            return new Outcome.Ended(exitCode);
        }
        if (answer.startsWith("threads ")) {
            kill();
            return new Outcome.LeftThreads(answer.substring("threads ".length()));
        }
        return new Outcome.Done(Integer.parseInt(answer.substring("done ".length())));
    }

    /// Starts the JVM now, if not yet running (it warms up while the scripts compile).
    void start() throws IOException {
        if (process != null) return;
        process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        requests = new PrintWriter(process.getOutputStream());
        var queue = new LinkedBlockingQueue<String>();
        var lines = new BufferedReader(new InputStreamReader(process.getInputStream()));
        Thread.ofVirtual().start(() -> {
            try (lines) {
                for (String l; (l = lines.readLine()) != null; ) queue.add(l);
            } catch (IOException e) {
                // the worker is gone: as at the end of its answers
            }
            queue.add(END);
        });
        answers = queue;
    }

    /// Ends the worker JVM (the next run starts a fresh one).
    void close() throws InterruptedException {
        if (process == null) return;
        requests.close();
        if (!process.waitFor(2, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        process = null;
    }

    private void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        process = null;
    }
}
