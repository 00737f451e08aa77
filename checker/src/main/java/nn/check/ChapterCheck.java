package nn.check;

import nn.check.Verdict.Status;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/// Checks one chapter: compiles its exercises (or solutions) with its tests, runs every test
/// class marked `@Exercise`, and returns one verdict per exercise.
public final class ChapterCheck {
    /// Seconds one test may run before it is stopped (a learner's loop may never end).
    public static final long TIMEOUT_SECONDS = 10;

    private final Path chapter;
    private final long timeoutSeconds;

    public ChapterCheck(Path chapter, long timeoutSeconds) {
        this.chapter = chapter;
        this.timeoutSeconds = timeoutSeconds;
    }

    /// The learner's stubs (`exercises/`) or the reference answers (`solutions/`).
    public enum Source { EXERCISES, SOLUTIONS }

    public List<Verdict> run(Source source) {
        Path classes = tempFolder();
        String folder = source == Source.EXERCISES ? "exercises" : "solutions";
        var sources = List.of(chapter.resolve(folder), chapter.resolve("src/main/java"),
                chapter.resolve("src/test/java"));
        var compiled = Compiler.compile(sources, classes);
        List<Class<?>> exerciseClasses = new ArrayList<>();
        URL[] classpath = {url(classes)};
        try (var loader = new URLClassLoader(classpath, getClass().getClassLoader())) {
            if (!compiled.ok()) return doesNotCompile(compiled.errors());
            for (String name : testClassNames()) {
                Class<?> c = loader.loadClass(name);
                if (c.isAnnotationPresent(Exercise.class)) exerciseClasses.add(c);
            }
            return runTests(exerciseClasses, loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled test class vanished: " + e.getMessage(), e);
        }
    }

    private List<Verdict> runTests(List<Class<?>> classes, ClassLoader loader) {
        Map<String, List<Throwable>> failures = new LinkedHashMap<>();
        classes.forEach(c -> failures.put(c.getName(), new ArrayList<>()));
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(c -> selectClass(c)).toList())
                .configurationParameter("junit.jupiter.execution.timeout.default",
                        timeoutSeconds + " s")
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default",
                        "SEPARATE_THREAD")
                .build();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
                if (!test.isTest() || passed) return;
                if (test.getSource().orElse(null) instanceof MethodSource m) {
                    Throwable t = result.getThrowable().orElse(new AssertionError("test aborted"));
                    failures.get(m.getClassName()).add(t);
                }
            }
        };
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return classes.stream()
                .map(c -> Outcomes.of(ExerciseInfo.of(c.getAnnotation(Exercise.class)),
                        failures.get(c.getName()), timeoutSeconds))
                .sorted((a, b) -> ExerciseInfo.BY_ID.compare(a.exercise(), b.exercise()))
                .toList();
    }

    private List<Verdict> doesNotCompile(List<String> errors) {
        String detail = String.join("\n", errors.subList(0, Math.min(5, errors.size())));
        var tests = Compiler.javaFiles(List.of(chapter.resolve("src/test/java")));
        return ExerciseInfo.fromSources(tests).stream()
                .map(e -> new Verdict(e, Status.DOES_NOT_COMPILE, detail))
                .toList();
    }

    private List<String> testClassNames() {
        Path tests = chapter.resolve("src/test/java");
        return Compiler.javaFiles(List.of(tests)).stream()
                .map(p -> tests.relativize(p).toString())
                .map(file -> file.replace('/', '.').replaceAll("\\.java$", ""))
                .toList();
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempFolder() {
        try {
            Path dir = Files.createTempDirectory("nn-check");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
