//DEPS org.junit.jupiter:junit-jupiter:5.14.4
//DEPS org.junit.platform:junit-platform-launcher:1.14.4
//SOURCES ChapterCheck.java Compiler.java Exercise.java ExerciseInfo.java Outcomes.java Verdict.java
//SOURCES Chapters.java Expect.java OriginalStub.java Printer.java Progress.java Session.java
//SOURCES GradientDiagnosis.java Workbook.java
//SOURCES ../../../../../../engine/src/main/java/**.java
//JAVA 25+
package nn.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// The learner's exercise checker, `./check`:
///
/// ```
/// ./check                   your progress through the book and the next exercise to do
/// ./check 04                check chapter 4's exercises: a verdict each, with a hint
/// ./check --watch 04        check again every time you save a file
/// ./check hint 4.2          one more hint for exercise 4.2
/// ./check solution 4.2      the reference solution (after you pass, or with a warning)
/// ./check reset 4.2         put back the original stub (your version is kept in .check/)
/// ```
public final class Check {
    private Check() {}

    static final String USAGE = """
            usage: ./check                 progress through the book, and what to do next
                   ./check NN              check the exercises of chapter NN (e.g. 01)
                   ./check --watch [NN]    check again every time you save a file
                   ./check hint N.M        show one more hint for exercise N.M
                   ./check solution N.M    show the reference solution of exercise N.M
                   ./check reset N.M       restore the original stub of exercise N.M
                   ./check NN --solutions  check the reference solutions instead (for authors)""";

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("check: " + e.getMessage());
            status = 2;
        } catch (OutOfMemoryError e) {
            System.err.println("check: your code ran out of memory; does it build a huge array or"
                    + " keep adding to a list in a loop?");
            status = 3;
        } catch (RuntimeException | Error e) {
            System.err.println("check: something went wrong inside the checker (not in your code): "
                    + e);
            status = 3;
        }
        System.out.flush();
        System.exit(status); // also stops a learner's runaway loop left in a timed-out thread
    }

    static int run(String[] args) {
        Path root = Path.of(System.getProperty("nn.root", ".")).toAbsolutePath().normalize();
        List<String> words = new ArrayList<>(List.of(args));
        boolean solutions = words.remove("--solutions");
        boolean watch = words.remove("--watch");
        if (words.contains("-h") || words.contains("--help")) {
            System.out.println(USAGE);
            return 0;
        }
        boolean color = System.console() != null;
        var session = new Session(new Workbook(root), solutions, System.out, color);
        if (watch) return session.watch(words.isEmpty() ? null : words.getFirst());
        if (words.isEmpty()) return session.overview();
        String first = words.getFirst();
        return switch (first) {
            case "hint" -> session.hint(argument(words));
            case "solution" -> session.solution(argument(words));
            case "reset" -> session.reset(argument(words));
            default -> {
                if (!first.matches("\\d{1,2}")) {
                    throw new IllegalArgumentException(
                            "unknown command '" + first + "'\n" + USAGE);
                }
                yield session.checkChapter(first);
            }
        };
    }

    private static String argument(List<String> words) {
        if (words.size() < 2) {
            throw new IllegalArgumentException(
                    words.getFirst() + " needs an exercise number, e.g. 4.2");
        }
        return words.get(1);
    }
}
