package nn.book;

import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Runs the chapter scripts for the book: their standard output goes to `<Name>.txt` in the
/// outputs folder (the chapters include it) and is checked against their `// expect:` lines;
/// their figures go to the book's images folder, each in a light and a dark rendering
/// (`name.png`, `name-dark.png`: `nn.darkFigures=true`). A script runs only when one of its
/// inputs changed since it last ran (see `ScriptInputs`); otherwise its output and figures
/// come from `ScriptCache`. The scripts that do run are compiled together and run on the
/// engine's vector kernel where the JDK has `jdk.incubator.vector`, one after another in two
/// `ScriptWorker` JVMs (one per core): each script in fresh class loaders, as if in a JVM of
/// its own, while the JDK and XChart stay loaded and warm. A script that ends its worker
/// (`System.exit`) or leaves threads running in it runs again alone, in a JVM of its own.
///
/// Usage: `RunScripts <repository root> <outputs folder> <figures folder> [name filter]`: only
/// the scripts whose names contain the filter (`NONE`: none); the others keep their outputs.
/// Exits 1 naming the script, the line and the problem if any script fails; 2 on bad arguments.
public final class RunScripts {
    static final String USAGE = "usage: RunScripts <repository root> <outputs folder>"
            + " <figures folder> [script name filter, or NONE]";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    /// What the JVM prints on standard error when it runs with an incubator module.
    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + VECTOR_MODULE;
    private static final int WORKERS = 2;

    private final Path root, outputs, figures, classes;
    private final String classPath;
    private final List<String> javaOptions;
    private final ScriptCache cache;
    private final ScriptInputs inputs;
    /// Where each run's time is reported (the build's output; nowhere in the tests).
    java.io.PrintStream progress = System.out;
    /// How long a script may run before it fails the build.
    Duration timeout = Duration.ofSeconds(300);

    /// The result of a run: how many scripts ran, how many came from the cache, what failed.
    record Report(int ran, int cached, List<String> problems) {}

    RunScripts(Path root, Path outputs, Path figures, String classPath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.outputs = Files.createDirectories(outputs.toAbsolutePath());
        this.figures = Files.createDirectories(figures.toAbsolutePath());
        this.classes = Files.createDirectories(this.outputs.resolveSibling("script-classes"));
        this.classPath = classPath;
        boolean vector = ModuleFinder.ofSystem().find(VECTOR_MODULE).isPresent();
        this.javaOptions = new ArrayList<>(vector ? List.of("--add-modules", VECTOR_MODULE)
                : List.of());
        javaOptions.addAll(List.of("-Djava.awt.headless=true", "-Dnn.show=false",
                "-Dnn.darkFigures=true", "-XX:+UseSerialGC", "-Xshare:auto"));
        this.cache = new ScriptCache(this.outputs.resolveSibling("script-cache"));
        String jvm = "java %s, %d cores, %s".formatted(System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(), String.join(" ", javaOptions));
        this.inputs = new ScriptInputs(this.root, new ClassPathFiles(classPath), jvm);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4
                || !Files.isDirectory(Path.of(args[0], "chapters"))) {
            boolean countOk = args.length >= 3 && args.length <= 4;
            System.err.println(USAGE + (countOk ? " (" + args[0] + " has no chapters/ folder)"
                    : " (got %d arguments)".formatted(args.length)));
            System.exit(2);
        }
        String filter = args.length > 3 ? args[3] : "";
        var runner = new RunScripts(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
                System.getProperty("java.class.path"));
        long start = System.nanoTime();
        Report report;
        try {
            report = runner.run(filter);
        } catch (IllegalArgumentException e) {
            System.err.println("[scripts] FAILED: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!report.problems().isEmpty()) {
            report.problems().forEach(p -> System.err.println("[scripts] FAILED " + p));
            System.exit(1);
        }
        System.out.printf("[scripts] %d scripts: %d ran, %d unchanged since the last build;"
                + " every expected line found (%.1f s)%n", report.ran() + report.cached(),
                report.ran(), report.cached(), (System.nanoTime() - start) / 1e9);
    }

    /// Runs the scripts the filter selects whose inputs changed, restores the others' results.
    Report run(String filter) throws Exception {
        List<Script> scripts = select(filter);
        List<Script> stale = new ArrayList<>();
        for (Script s : scripts) if (!cache.isFresh(s, inputs)) stale.add(s);
        if (!stale.isEmpty()) {
            List<String> problems = runStale(stale);
            if (!problems.isEmpty()) return new Report(stale.size(), 0, problems);
        }
        for (Script s : scripts) cache.restore(s, outputs, figures);
        return new Report(stale.size(), scripts.size() - stale.size(), List.of());
    }

    /// Compiles the scripts while the workers start, then runs them; returns the problems.
    private List<String> runStale(List<Script> stale) throws Exception {
        List<WorkerJvm> workers = new ArrayList<>();
        try {
            for (int i = 0; i < Math.min(WORKERS, stale.size()); i++) {
                workers.add(new WorkerJvm(javaOptions, classes + File.pathSeparator + classPath,
                        root));
                workers.getLast().start();
            }
            long start = System.nanoTime();
            String compileProblem = compile(stale);
            if (compileProblem != null) return List.of(compileProblem);
            progress.printf("[scripts] compiled %d script%s in %.1f s%n", stale.size(),
                    stale.size() == 1 ? "" : "s", (System.nanoTime() - start) / 1e9);
            return runAll(stale, workers);
        } finally {
            for (WorkerJvm w : workers) w.close();
        }
    }

    private List<Script> select(String filter) {
        if (filter.equals("NONE")) return List.of();
        List<Script> scripts = Script.all(root.resolve("chapters")).stream()
                .filter(s -> s.name().contains(filter)).toList();
        if (scripts.isEmpty()) {
            throw new IllegalArgumentException(filter.isEmpty() ? "no chapter scripts in "
                    + root.resolve("chapters") : "no script name contains '" + filter
                    + "' (-Dscripts=NONE runs none)");
        }
        var seen = new HashMap<String, Path>();
        for (Script s : scripts) {
            Path other = seen.putIfAbsent(s.name(), s.file());
            if (other != null) {
                throw new IllegalArgumentException(
                        "two scripts are named %s: %s and %s; rename one".formatted(
                                s.name(), relative(other), relative(s.file())));
            }
        }
        return scripts;
    }

    /// Compiles the scripts to run; returns a problem, or null (javac prints the errors).
    private String compile(List<Script> scripts) {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none",
                "-classpath", classPath));
        if (javaOptions.contains(VECTOR_MODULE)) {
            args.addAll(List.of("--add-modules", VECTOR_MODULE, "-Xlint:-incubating"));
        }
        scripts.forEach(s -> args.add(s.file().toString()));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                args.toArray(String[]::new));
        return status == 0 ? null : "the chapter scripts do not compile (javac's errors above)";
    }

    private List<String> runAll(List<Script> scripts, List<WorkerJvm> workers) throws Exception {
        var timings = new Timings(outputs.resolve("timings.properties"));
        List<Future<String>> results = new ArrayList<>();
        var idle = new LinkedBlockingQueue<>(workers);
        try (ExecutorService pool = Executors.newFixedThreadPool(workers.size())) {
            for (Script s : timings.slowestFirst(scripts)) {
                results.add(pool.submit(() -> timings.record(s, () -> {
                    WorkerJvm worker = idle.take();
                    try {
                        return runInWorker(s, worker);
                    } finally {
                        idle.add(worker);
                    }
                })));
            }
            timings.saveAfter(results);
        }
        List<String> problems = new ArrayList<>();
        for (Future<String> r : results) if (r.get() != null) problems.add(r.get());
        problems.sort(null);
        return problems;
    }

    /// Runs one script in a worker and caches its results; returns a problem, or null.
    private String runInWorker(Script s, WorkerJvm worker)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path figuresOfRun = cache.startRun(s);
        Path out = Files.createTempFile(outputs, s.name(), ".out");
        Path err = Files.createTempFile(outputs, s.name(), ".err");
        Path loaded = Files.createTempFile(outputs, s.name(), ".classes");
        try {
            return switch (worker.run(s.name(), figuresOfRun, out, err, loaded, timeout)) {
                case WorkerJvm.Outcome.TimedOut() -> timedOut(s);
                case WorkerJvm.Outcome.LeftThreads(String names) ->
                        runAlone(s, "it left threads running (%s)".formatted(names));
                case WorkerJvm.Outcome.Ended(int exitCode) -> runAlone(s,
                        "it ended its worker JVM (exit code %d: System.exit?)".formatted(exitCode));
                case WorkerJvm.Outcome.Done(int exitCode) -> {
                    String output = Files.readString(out);
                    progress.printf("[scripts] %-28s %5.1f s%n", s.name(),
                            (System.nanoTime() - start) / 1e9);
                    String problem = problem(s, exitCode, output, Files.readString(err));
                    if (problem == null) {
                        var used = new TreeSet<>(Files.readAllLines(loaded));
                        cache.store(s, output, inputs.of(s, used));
                    }
                    yield problem;
                }
            };
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(loaded);
        }
    }

    private String timedOut(Script s) {
        return "%s: still running after %d s".formatted(relative(s.file()), timeout.toSeconds());
    }

    /// Runs one script in its own JVM, because of `why`, and caches its results; returns a
    /// problem, or null.
    private String runAlone(Script s, String why) throws IOException, InterruptedException {
        progress.printf("[scripts] %s runs again in a JVM of its own: %s%n", s.name(), why);
        long start = System.nanoTime();
        Path figuresOfRun = cache.startRun(s);
        Path out = Files.createTempFile(outputs, s.name(), ".out");
        Path err = Files.createTempFile(outputs, s.name(), ".err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions);
        command.addAll(List.of("-Dnn.figures=" + figuresOfRun,
                "-Xlog:class+load=info:file=" + cache.classLog(s) + ":none",
                "-cp", classes + File.pathSeparator + classPath, s.name()));
        Process p = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return timedOut(s);
            }
            String output = Files.readString(out);
            String errors = Files.readString(err).lines()
                    .filter(l -> !l.equals(INCUBATOR_WARNING)).reduce("", (a, b) -> a + b + "\n");
            progress.printf("[scripts] %-28s %5.1f s%n", s.name(),
                    (System.nanoTime() - start) / 1e9);
            String problem = problem(s, p.exitValue(), output, errors);
            if (problem != null) return problem;
            cache.store(s, output, inputs.of(s, Files.readString(cache.classLog(s))));
            return null;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /// What went wrong in a run, naming the script's file and line, or null if all is well.
    String problem(Script s, int exitCode, String output, String errors) {
        String file = relative(s.file());
        if (exitCode != 0) {
            Matcher frame = Pattern.compile("\\(" + Pattern.quote(s.name() + ".java")
                    + ":(\\d+)\\)").matcher(errors);
            String where = frame.find() ? file + ":" + frame.group(1) : file;
            String first = errors.lines().findFirst().orElse("(nothing on standard error)");
            return "%s: the script failed (exit code %d): %s%n%s".formatted(where, exitCode,
                    first.replaceFirst("^Exception in thread \"main\" ", ""), errors.indent(4));
        }
        if (!errors.isBlank()) {
            return "%s: the script printed to standard error:%n%s"
                    .formatted(file, errors.indent(4));
        }
        List<Script.Expected> missing = s.missingFrom(output);
        if (missing.isEmpty()) return null;
        var text = new StringBuilder();
        for (Script.Expected e : missing) {
            text.append("%s:%d: expected output line not found: %s%n"
                    .formatted(file, e.line(), e.text()));
        }
        return text + "--- what the script printed ---\n" + output;
    }

    private String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString();
    }
}
