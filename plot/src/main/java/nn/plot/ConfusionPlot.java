package nn.plot;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;

/// A confusion matrix drawn as a table of cells: row = true class, column = predicted class.
/// Diagonal cells (right answers) are blue, darker for a larger share of their row; off-diagonal
/// cells (mistakes) are orange, darker for more mistakes; empty cells stay white. Every non-zero
/// count is written in its cell. Chapter 11 draws the digit classifier's mistakes with it.
public final class ConfusionPlot {
    private static final Color RIGHT = Style.color(0), WRONG = Style.color(1);
    private static final int CELL = 34, LEFT = 64, TOP = 40, BOTTOM = 44;

    private final String title;
    private final int[][] counts;

    private ConfusionPlot(String title, int[][] counts) {
        for (int[] row : counts) {
            if (row.length != counts.length) {
                throw new IllegalArgumentException("a confusion matrix is square, got %d rows of %d"
                        .formatted(counts.length, row.length));
            }
        }
        this.title = title;
        this.counts = counts;
    }

    /// A plot of `counts[true][predicted]` (a square table).
    public static ConfusionPlot of(String title, int[][] counts) {
        return new ConfusionPlot(title, counts);
    }

    /// The table drawn at twice the pixel density, as `save` writes it.
    public BufferedImage render() { return draw().image(); }

    /// Writes `name.png` to the figures folder and returns the file written.
    public Path save(String name) { return draw().save(name); }

    private Canvas draw() {
        int k = counts.length, size = k * CELL;
        var canvas = new Canvas(LEFT + size + 16, TOP + size + BOTTOM);
        canvas.centered(title, Style.TITLE, Color.BLACK, LEFT + size / 2.0, 22);
        int maxWrong = 1;
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) if (t != p) maxWrong = Math.max(maxWrong, counts[t][p]);
        }
        for (int t = 0; t < k; t++) {
            int rowSum = Arrays.stream(counts[t]).sum();
            for (int p = 0; p < k; p++) {
                double shade = t == p ? (rowSum == 0 ? 0 : (double) counts[t][p] / rowSum)
                        : (double) counts[t][p] / maxWrong;
                drawCell(canvas, LEFT + p * CELL, TOP + t * CELL, counts[t][p],
                        t == p ? RIGHT : WRONG, shade);
            }
            String label = String.valueOf(t);
            double middle = t * CELL + CELL / 2.0;
            canvas.centered(label, Style.TEXT, Color.BLACK, LEFT - 10, TOP + middle + 4);
            canvas.centered(label, Style.TEXT, Color.BLACK, LEFT + middle, TOP + size + 16);
        }
        canvas.centered("predicted class", Style.TEXT, Color.BLACK, LEFT + size / 2.0,
                TOP + size + 36);
        AffineTransform saved = canvas.g.getTransform();
        canvas.g.rotate(-Math.PI / 2);
        canvas.centered("true class", Style.TEXT, Color.BLACK, -(TOP + size / 2.0), LEFT - 30);
        canvas.g.setTransform(saved);
        return canvas;
    }

    private static void drawCell(Canvas canvas, int x, int y, int count, Color hue, double shade) {
        Color fill = count == 0 ? Color.WHITE : Style.mix(Color.WHITE, hue, 0.15 + 0.85 * shade);
        canvas.g.setColor(fill);
        canvas.g.fillRect(x, y, CELL, CELL);
        canvas.g.setColor(Style.GRID);
        canvas.g.drawRect(x, y, CELL, CELL);
        if (count == 0) return;
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        boolean dark = luminance < 140;
        canvas.centered(String.valueOf(count), Style.TEXT, dark ? Color.WHITE : Color.BLACK,
                x + CELL / 2.0, y + CELL / 2.0 + 4);
    }
}
