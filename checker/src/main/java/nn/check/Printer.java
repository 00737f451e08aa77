package nn.check;

import nn.check.Verdict.Status;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/// Prints verdicts kindly: one line per exercise, what is wrong, the hints seen so far, and the
/// learner's progress through the book.
final class Printer {
    /// A verdict and how many of its hints to show.
    record Line(Verdict verdict, int hints) {}

    /// An exercise and its last known status (`null`: changed since it was last checked).
    record Entry(Workbook.Chapter chapter, ExerciseInfo exercise, Status status) {}

    private static final String INDENT = "          ";
    private final PrintStream out;
    private final boolean color;

    Printer(PrintStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    void chapter(String folder, List<Line> lines) {
        out.println();
        out.println(bold("Checking " + folder));
        for (Line line : lines) {
            Verdict v = line.verdict();
            ExerciseInfo e = v.exercise();
            out.printf("  %s %-5s %-34s %s%n",
                    symbol(v.status()), e.id(), e.title(), v.status().label());
            if (!v.passed()) v.detail().lines().forEach(text -> out.println(INDENT + text));
            printed(v.printed());
            for (int i = 0; i < line.hints(); i++) {
                out.println(INDENT + "hint: " + e.hints().get(i));
            }
            if (line.hints() > 0 && line.hints() < e.hints().size()) {
                out.println(INDENT + dim("another hint: ./check hint " + e.id()));
            }
            if (v.passed()) {
                out.println(INDENT + dim("compare with the reference: ./check solution " + e.id()));
            }
        }
    }

    /// What the learner's code printed during one exercise's tests, in short.
    private void printed(Printed p) {
        if (p.totalLines() == 0) return;
        out.println(INDENT + dim("your code printed:"));
        p.lines().forEach(line -> out.println(INDENT + "| " + line));
        long more = p.totalLines() - p.lines().size();
        if (more > 0) {
            out.println(INDENT + dim("(and %,d more lines; %,d characters in all)"
                    .formatted(more, p.totalChars())));
        }
    }

    /// The files the learner's code changed outside its exercise, which the checker put back.
    void restored(List<String> notes) {
        if (notes.isEmpty()) return;
        out.println(paint("33", "Your code changed files outside its exercise; the checker put "
                + "them back:"));
        notes.forEach(note -> out.println("  " + note));
    }

    void progress(List<Entry> all) {
        progress(all, null);
    }

    /// The progress line, then the next exercise: the first unfinished one in `chapter` if any,
    /// else in the book.
    void progress(List<Entry> all, Workbook.Chapter chapter) {
        long done = all.stream().filter(e -> e.status() == Status.PASSED).count();
        out.println();
        out.printf("Progress: %d of %d exercises in the book done  %s%n",
                done, all.size(), bar(done, all.size()));
        List<Entry> here = all.stream().filter(e -> e.chapter() == chapter).toList();
        boolean chapterDone = here.stream().allMatch(e -> e.status() == Status.PASSED);
        next(chapterDone ? all : here);
    }

    void overview(Workbook book, List<Entry> all) {
        out.println(bold("Your progress through the book"));
        for (Workbook.Chapter c : book.chapters()) {
            List<Entry> mine = all.stream().filter(e -> e.chapter() == c).toList();
            long done = mine.stream().filter(e -> e.status() == Status.PASSED).count();
            out.printf("  %-32s %2d / %-2d %s%n",
                    c.folder().getFileName(), done, mine.size(), bar(done, mine.size()));
        }
        progress(all);
    }

    void hints(ExerciseInfo e, int seen) {
        out.println(bold("Hints for exercise " + e.id() + ", " + e.title()));
        if (e.hints().isEmpty()) {
            out.println("  This exercise has no hints; the chapter's text is your guide.");
        }
        for (int i = 0; i < seen; i++) out.printf("  %d. %s%n", i + 1, e.hints().get(i));
        if (seen >= e.hints().size() && !e.hints().isEmpty()) {
            out.println(dim("  That was the last hint. Still stuck? ./check solution " + e.id()));
        }
    }

    void solution(ExerciseInfo e, String file, String code, boolean passed) {
        if (!passed) {
            out.println(paint("33", "Careful: you have not passed exercise " + e.id()
                    + " yet. Reading the answer now"));
            out.println(paint("33", "takes away the part where you learn it. Another hint first? "
                    + "./check hint " + e.id()));
            out.println();
        }
        String heading = "Reference solution of exercise " + e.id() + ", " + e.title();
        out.println(bold(heading) + dim("  (" + file + ")"));
        out.println(code);
    }

    void reset(ExerciseInfo e, String file, String backup) {
        out.println("Exercise " + e.id() + ": " + file + " is the original stub again.");
        out.println("Your version is saved in " + backup);
    }

    void watching() {
        out.println(dim("\nWatching for changes... (Ctrl-C to stop)"));
    }

    private void next(List<Entry> all) {
        all.stream().filter(e -> e.status() != Status.PASSED).findFirst().ifPresentOrElse(
                e -> out.printf("Next: exercise %s, %s, in %s%n",
                        e.exercise().id(), e.exercise().title(), bookPath(e)),
                () -> out.println("Every exercise in the book is done. Well played!"));
    }

    /// The entry's exercise file relative to the book's folder (two levels above the chapter).
    private static Path bookPath(Entry e) {
        Path book = e.chapter().folder().getParent().getParent();
        return book.relativize(e.chapter().exerciseFile(e.exercise()));
    }

    private static String bar(long done, int total) {
        int width = 20;
        int filled = total == 0 ? 0 : (int) (width * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    private String symbol(Status s) {
        return switch (s) {
            case PASSED -> paint("32", "✔");
            case NOT_ATTEMPTED -> paint("90", "·");
            default -> paint("31", "✘");
        };
    }

    private String bold(String s) { return paint("1", s); }

    private String dim(String s) { return paint("90", s); }

    private String paint(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
