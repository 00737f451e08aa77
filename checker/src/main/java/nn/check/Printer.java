package nn.check;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/// Prints verdicts kindly: one line per exercise, what is wrong, a hint, and the progress.
final class Printer {
    private final PrintStream out;
    private final boolean color;

    Printer(PrintStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    void chapter(Path chapter, ChapterCheck.Source source, List<Verdict> verdicts) {
        out.println();
        out.println(bold("Checking " + chapter + "/" + source.name().toLowerCase()));
        for (Verdict v : verdicts) {
            var e = v.exercise();
            out.printf("  %s %-5s %-34s %s%n", symbol(v), e.id(), e.title(), v.status().label());
            if (!v.passed()) v.detail().lines().forEach(line -> out.println("          " + line));
            if (!v.firstHint().isEmpty()) out.println("          hint: " + v.firstHint());
        }
    }

    void progress(List<Verdict> all) {
        long done = all.stream().filter(Verdict::passed).count();
        int width = 20;
        int filled = all.isEmpty() ? 0 : (int) (width * done / all.size());
        out.println();
        out.printf("Progress: %d of %d exercises done  [%s%s]%n", done, all.size(),
                "#".repeat(filled), ".".repeat(width - filled));
        all.stream().filter(v -> !v.passed()).findFirst().ifPresentOrElse(
                v -> out.printf("Next: exercise %s, %s (exercises/%s)%n",
                        v.exercise().id(), v.exercise().title(), v.exercise().file()),
                () -> out.println("All done. Well played!"));
    }

    private String symbol(Verdict v) {
        return switch (v.status()) {
            case PASSED -> paint("32", "✔");
            case NOT_ATTEMPTED -> paint("90", "·");
            default -> paint("31", "✘");
        };
    }

    private String bold(String s) { return paint("1", s); }

    private String paint(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
