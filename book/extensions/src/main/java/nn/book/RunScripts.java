package nn.book;

import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/// Compiles every chapter script, runs each one (two at a time), saves its standard output for
/// the book and checks its `// expect:` lines. Figures go to the book's images folder, each in
/// a light and a dark rendering (`name.png`, `name-dark.png`: `nn.darkFigures=true`).
///
/// Usage: `RunScripts <repo root> <outputs folder> <figures folder> [name filter]`.
/// Exits non-zero, naming the script and the problem, if any script fails.
public final class RunScripts {
    private static final long TIMEOUT_SECONDS = 300;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path outputs = Files.createDirectories(Path.of(args[1]));
        Path figures = Files.createDirectories(Path.of(args[2]));
        String filter = args.length > 3 ? args[3] : "";
        List<Script> scripts = Script.all(root.resolve("chapters")).stream()
                .filter(s -> s.name().contains(filter)).toList();
        requireUniqueNames(scripts);
        Path classes = Files.createDirectories(outputs.resolveSibling("script-classes"));
        compile(scripts, classes);

        List<String> problems = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> results = new ArrayList<>();
            var timings = new Timings(outputs.resolve("timings.properties"));
            for (Script s : timings.slowestFirst(scripts)) {
                Callable<String> work = () -> run(s, root, classes, outputs, figures);
                results.add(pool.submit(() -> timings.record(s, work)));
            }
            timings.saveAfter(results);
            for (Future<String> r : results) {
                String problem = r.get();
                if (problem != null) problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("[scripts] FAILED " + p));
            System.exit(1);
        }
        System.out.printf("[scripts] %d scripts ran, every expected line found%n", scripts.size());
    }

    /// Every script compiles to a class named after its file, so names must be unique in the book.
    private static void requireUniqueNames(List<Script> scripts) {
        var seen = new java.util.HashMap<String, Path>();
        for (Script s : scripts) {
            Path other = seen.putIfAbsent(s.name(), s.file());
            if (other != null) {
                System.err.printf(
                        "[scripts] FAILED: two scripts are named %s: %s and %s; rename one%n",
                        s.name(), other, s.file());
                System.exit(1);
            }
        }
    }

    private static void compile(List<Script> scripts, Path classes) {
        if (scripts.isEmpty()) return; // -Dscripts=NONE: javac fails on an empty file list
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none",
                "-classpath", System.getProperty("java.class.path")));
        scripts.forEach(s -> args.add(s.file().toString()));
        var javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, args.toArray(String[]::new));
        if (status != 0) {
            System.err.println(
                    "[scripts] FAILED: the chapter scripts do not compile (errors above)");
            System.exit(1);
        }
    }

    /// Runs one script in its own JVM; returns a problem description, or null if all is well.
    private static String run(Script s, Path root, Path classes, Path outputs, Path figures)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path out = outputs.resolve(s.name() + ".txt");
        Path err = outputs.resolve(s.name() + ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = classes + File.pathSeparator + System.getProperty("java.class.path");
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Dnn.show=false",
                "-Dnn.figures=" + figures, "-Dnn.darkFigures=true", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", classpath, s.name())
                .directory(root.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "%s: still running after %d s".formatted(s.file(), TIMEOUT_SECONDS);
        }
        String output = Files.readString(out);
        String errors = Files.readString(err);
        System.out.printf("[scripts] %-28s %5.1f s%n", s.name(), (System.nanoTime() - start) / 1e9);
        if (p.exitValue() != 0) {
            return "%s: exit code %d%n%s".formatted(s.file(), p.exitValue(), errors);
        }
        if (!errors.isBlank()) {
            return "%s printed to standard error:%n%s".formatted(s.file(), errors);
        }
        List<String> missing = s.missingFrom(output);
        if (!missing.isEmpty()) {
            return "%s: expected output lines not found: %s%n--- actual output ---%n%s"
                    .formatted(s.file(), missing, output);
        }
        Files.delete(err);
        return null;
    }
}
