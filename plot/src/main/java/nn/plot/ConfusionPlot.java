package nn.plot;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;

/// A confusion matrix drawn as a table of cells: row = true class, column = predicted class.
/// Diagonal cells (right answers) are blue, the stronger for a larger share of their row;
/// off-diagonal cells (mistakes) are orange, the stronger for more mistakes; empty cells are
/// blank paper. Every non-zero count is written in its cell. Each colour runs from the paper to
/// the full colour: darker on white, brighter in the dark theme. Chapter 11 draws the digit
/// classifier's mistakes with it.
public final class ConfusionPlot {
    private static final int RIGHT = 0, WRONG = 1; // palette colours
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
    public BufferedImage render() { return draw(Theme.LIGHT).image(); }

    /// Writes `name.png` (and `name-dark.png` in the book's build, see `Theme`) to the figures
    /// folder and returns the file written.
    public Path save(String name) { return Canvas.save(name, this::draw); }

    Canvas draw(Theme theme) {
        int k = counts.length, size = k * CELL;
        int titleWidth = Canvas.width(title, Style.TITLE);
        int width = Math.max(LEFT + size + 16, titleWidth + 16);
        var canvas = new Canvas(width, TOP + size + BOTTOM, theme);
        Color ink = theme.text();
        // over the table if it fits there, else as far left as the picture allows
        double titleCentre = Math.min(LEFT + size / 2.0, width - 8 - titleWidth / 2.0);
        canvas.centered(title, Style.TITLE, ink, Math.max(titleWidth / 2.0 + 8, titleCentre), 22);
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
                        theme.color(t == p ? RIGHT : WRONG), shade);
            }
            String label = String.valueOf(t);
            double middle = t * CELL + CELL / 2.0;
            canvas.centered(label, Style.TEXT, ink, LEFT - 10, TOP + middle + 5);
            canvas.centered(label, Style.TEXT, ink, LEFT + middle, TOP + size + 17);
        }
        canvas.centered("predicted class", Style.TEXT, ink, LEFT + size / 2.0, TOP + size + 38);
        AffineTransform saved = canvas.g.getTransform();
        canvas.g.rotate(-Math.PI / 2);
        canvas.centered("true class", Style.TEXT, ink, -(TOP + size / 2.0), LEFT - 30);
        canvas.g.setTransform(saved);
        return canvas;
    }

    private static void drawCell(Canvas canvas, int x, int y, int count, Color hue, double shade) {
        Color paper = canvas.theme.background();
        Color fill = count == 0 ? paper : Style.mix(paper, hue, 0.15 + 0.85 * shade);
        canvas.g.setColor(fill);
        canvas.g.fillRect(x, y, CELL, CELL);
        canvas.g.setColor(canvas.theme.map(Style.GRID));
        canvas.g.drawRect(x, y, CELL, CELL);
        if (count == 0) return;
        canvas.centered(String.valueOf(count), Style.TEXT, contrasting(fill, canvas.theme),
                x + CELL / 2.0, y + CELL / 2.0 + 5);
    }

    /// Light or dark ink (the theme's text and paper colours), whichever reads better on
    /// `fill`. The dark theme's strongest cells are bright, so dark ink starts lower there:
    /// all the diagonal's bright blues get the same ink.
    static Color contrasting(Color fill, Theme theme) {
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        boolean lightInk = luminance < (theme == Theme.LIGHT ? 140 : 110);
        Color text = theme.text(), paper = theme.background();
        boolean textIsLight = text.getGreen() > paper.getGreen();
        return lightInk == textIsLight ? text : paper;
    }
}
