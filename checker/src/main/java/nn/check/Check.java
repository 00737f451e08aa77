//DEPS org.junit.jupiter:junit-jupiter:5.14.4
//DEPS org.junit.platform:junit-platform-launcher:1.14.4
//SOURCES ChapterCheck.java Compiler.java Exercise.java ExerciseInfo.java Outcomes.java Verdict.java
//SOURCES Chapters.java Expect.java Printer.java
//SOURCES ../../../../../../engine/src/main/java/**.java
//JAVA 25+
package nn.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// `./check [NN] [--solutions]`: checks the exercises of chapter NN (or of every chapter) and
/// prints one verdict per exercise with a hint, then the progress.
public final class Check {
    private Check() {}

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (RuntimeException e) {
            System.err.println("check: " + e.getMessage());
            status = 2;
        }
        System.out.flush();
        System.exit(status); // also stops a learner's runaway loop left in a timed-out thread
    }

    static int run(String[] args) {
        Path root = Path.of(System.getProperty("nn.root", ".")).toAbsolutePath().normalize();
        var source = ChapterCheck.Source.EXERCISES;
        String only = null;
        for (String arg : args) {
            switch (arg) {
                case "--solutions" -> source = ChapterCheck.Source.SOLUTIONS;
                case "-h", "--help" -> {
                    System.out.println("usage: ./check [chapter number, e.g. 01] [--solutions]");
                    return 0;
                }
                default -> only = arg;
            }
        }
        List<Path> chapters = Chapters.withExercises(root, only);
        var printer = new Printer(System.out, System.console() != null);
        List<Verdict> all = new ArrayList<>();
        for (Path chapter : chapters) {
            List<Verdict> verdicts = new ChapterCheck(chapter, ChapterCheck.TIMEOUT_SECONDS).run(source);
            printer.chapter(root.relativize(chapter), source, verdicts);
            all.addAll(verdicts);
        }
        printer.progress(all);
        return all.stream().allMatch(Verdict::passed) ? 0 : 1;
    }
}
