//DEPS org.junit.jupiter:junit-jupiter:5.14.4
//DEPS org.junit.platform:junit-platform-launcher:1.14.4
//SOURCES ChapterCheck.java Compiler.java Exercise.java ExerciseInfo.java Outcomes.java Verdict.java
//SOURCES Chapters.java Expect.java OriginalStub.java Printer.java Progress.java Session.java
//SOURCES GradientDiagnosis.java Workbook.java
//SOURCES AtomicFile.java BookLock.java Printed.java ReportChannel.java Snapshot.java TestJvm.java
//SOURCES TestRunner.java
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
///
/// The learner's code never runs in this JVM: [ChapterCheck] runs it in one of its own.
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

    /// What a wrong command line gets, after one line saying what was wrong.
    static final String SHORT_USAGE = "usage: ./check [NN | --watch [NN] | hint N.M | "
            + "solution N.M | reset N.M]   (./check --help says more)";

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (BadArguments e) {
            System.err.println("check: " + e.getMessage() + "; " + SHORT_USAGE);
            status = 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("check: " + e.getMessage());
            status = 2;
        } catch (RuntimeException | Error e) {
            System.err.println("check: something went wrong inside the checker (not in your code): "
                    + e);
            status = 3;
        }
        System.out.flush();
        System.exit(status);
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
        checkArguments(words, watch);
        boolean color = System.console() != null;
        var session = new Session(new Workbook(root), solutions, System.out, color);
        if (watch) return session.watch(words.isEmpty() ? null : words.getFirst());
        if (words.isEmpty()) return session.overview();
        String first = words.getFirst();
        return switch (first) {
            case "hint" -> session.hint(words.get(1));
            case "solution" -> session.solution(words.get(1));
            case "reset" -> session.reset(words.get(1));
            default -> session.checkChapter(first);
        };
    }

    /// A command line that is wrong in form, whatever the book holds.
    static final class BadArguments extends IllegalArgumentException {
        BadArguments(String message) { super(message); }
    }

    /// Rejects a malformed command line before anything runs.
    static void checkArguments(List<String> words, boolean watch) {
        if (words.isEmpty()) return;
        String first = words.getFirst();
        boolean exerciseCommand = List.of("hint", "solution", "reset").contains(first);
        if (exerciseCommand && watch) {
            throw new BadArguments("--watch checks a chapter; it does not go with " + first);
        }
        if (exerciseCommand) {
            if (words.size() < 2) {
                throw new BadArguments(first + " needs an exercise number, e.g. 4.2");
            }
            if (!words.get(1).matches("\\d{1,2}\\.\\d{1,2}")) {
                throw new BadArguments("'" + words.get(1) + "' is not an exercise number; "
                        + "they look like 4.2");
            }
        } else if (!first.matches("\\d{1,2}")) {
            throw new BadArguments(first.startsWith("-") ? "unknown option '" + first + "'"
                    : "'" + first + "' is not a chapter number (like 04) or a command");
        }
        int expected = exerciseCommand ? 2 : 1;
        if (words.size() > expected) {
            throw new BadArguments("one " + (exerciseCommand ? "exercise" : "chapter")
                    + " at a time, please: '" + words.get(expected) + "' is one too many");
        }
    }
}
