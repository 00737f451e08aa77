package nn.check;

import java.util.ArrayList;
import java.util.List;

/// What the learner's code printed while one exercise was checked: the first lines, and how
/// much there was in all (a loop that prints can write megabytes; the checker keeps a little).
///
/// @param lines      the first [#KEPT_LINES] lines, each cut to [#KEPT_WIDTH] characters
/// @param totalLines how many lines there were
/// @param totalChars how many characters there were
public record Printed(List<String> lines, long totalLines, long totalChars) {
    static final int KEPT_LINES = 10;
    static final int KEPT_WIDTH = 160;
    static final Printed NOTHING = new Printed(List.of(), 0, 0);

    /// Collects lines as they come; keeps only what [Printed] keeps.
    static final class Collector {
        private final List<String> lines = new ArrayList<>();
        private long totalLines;
        private long totalChars;

        void add(String line, long length) {
            totalLines++;
            totalChars += length;
            if (lines.size() < KEPT_LINES) {
                lines.add(line.length() > KEPT_WIDTH ? line.substring(0, KEPT_WIDTH) + "…" : line);
            }
        }

        Printed result() { return new Printed(List.copyOf(lines), totalLines, totalChars); }
    }
}
