package nn.gradcheck;

import java.util.Comparator;
import java.util.List;

/// The result of a gradient check: one entry per checked number.
public record Report(List<Entry> entries) {

    /// One checked number: where it is, the analytic and numerical values, and how far apart.
    public record Entry(String name, int row, int col, double analytic, double numeric) {
        public double relativeError() {
            double scale = Math.max(1e-12, Math.abs(numeric) + Math.abs(analytic));
            return Math.abs(numeric - analytic) / scale;
        }

        @Override
        public String toString() {
            return "%s[%d][%d]: analytic %.10f, numeric %.10f, relative error %.2e"
                    .formatted(name, row, col, analytic, numeric, relativeError());
        }
    }

    public Report {
        entries = List.copyOf(entries);
    }

    /// The largest relative error over all entries (0 for an empty report).
    public double maxRelativeError() {
        return entries.stream().mapToDouble(Entry::relativeError).max().orElse(0);
    }

    /// The entry with the largest relative error.
    public Entry worst() {
        return entries.stream().max(Comparator.comparingDouble(Entry::relativeError)).orElseThrow();
    }

    /// The first entry (row-major, parameter by parameter) whose error exceeds `tolerance`.
    public Entry firstWrong(double tolerance) {
        return entries.stream().filter(e -> e.relativeError() > tolerance).findFirst().orElse(null);
    }

    public boolean passed(double tolerance) {
        return maxRelativeError() <= tolerance;
    }

    /// One line per entry, aligned, for printing.
    public String table() {
        var out = new StringBuilder();
        for (Entry e : entries) out.append(e).append('\n');
        return out.toString();
    }
}
