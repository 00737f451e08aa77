package nn.check;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/// The test JVM of a check (started by [TestJvm]): runs a compiled chapter's exercise test
/// classes one after another and reports each verdict on standard output. The learner's code
/// runs here, never in the checker itself, so nothing it does (`System.exit`, an endless loop,
/// a huge array) can take the checker down with it.
///
/// Arguments: the chapter's test class names. Standard input: the secret that marks reports
/// (see [ReportChannel]), then the ids of exercises already judged, on one line.
public final class TestRunner {
    private TestRunner() {}

    public static void main(String[] testClasses) throws Exception {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var channel = new ReportChannel(in.readLine());
        Set<String> judged = new HashSet<>(Arrays.asList(in.readLine().split(" ")));
        in.close();
        PrintStream learner = channel.learnerStream();
        System.setOut(learner);
        System.setErr(learner);
        // the checker died (killed, Ctrl-C): stop at once rather than run on unseen
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> halt(1)));
        // only System.exit runs this hook: the checker's own stops are halts or kills
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            channel.report("exit");
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        }));
        Launcher launcher = LauncherFactory.create();
        run(launcher, WarmUp.class); // JUnit's first run loads much; not on an exercise's clock
        for (Class<?> test : exerciseClasses(testClasses)) {
            ExerciseInfo exercise = ExerciseInfo.of(test.getAnnotation(Exercise.class));
            if (judged.contains(exercise.id())) continue;
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            channel.report("start " + exercise.id());
            List<Throwable> failures = run(launcher, test);
            channel.report(ReportChannel.verdict(Outcomes.of(exercise, failures)));
            // a thread left running would slow down (or print into) the next exercises
            if (leftThreadsRunning(before)) halt(0);
        }
        channel.report("end");
        halt(0);
    }

    /// Loads every test class before any of the learner's code runs (so that code cannot swap
    /// a compiled test for another) and keeps the exercises, in the book's order.
    private static List<Class<?>> exerciseClasses(String[] names) throws ClassNotFoundException {
        List<Class<?>> exercises = new ArrayList<>();
        ClassLoader loader = TestRunner.class.getClassLoader();
        for (String name : names) {
            Class<?> c = Class.forName(name, false, loader);
            if (c.isAnnotationPresent(Exercise.class)) exercises.add(c);
        }
        exercises.sort((a, b) -> ExerciseInfo.BY_ID.compare(
                ExerciseInfo.of(a.getAnnotation(Exercise.class)),
                ExerciseInfo.of(b.getAnnotation(Exercise.class))));
        return exercises;
    }

    private static List<Throwable> run(Launcher launcher, Class<?> test) {
        List<Throwable> failures = new ArrayList<>();
        var request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(test))
                .build();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) return;
                // a failure of the class itself (a static initializer) counts as well
                if (id.isTest() || result.getThrowable().isPresent()) {
                    failures.add(result.getThrowable().orElse(new AssertionError("test aborted")));
                }
            }
        });
        return failures;
    }

    private static boolean leftThreadsRunning(Set<Thread> before) throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t) && t != Thread.currentThread()) {
                t.join(100);
                if (t.isAlive()) return true;
            }
        }
        return false;
    }

    /// A test that does nothing, run once before the exercises.
    public static final class WarmUp {
        @Test
        void nothing() {}
    }

    private static void halt(int status) {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(status);
    }
}
