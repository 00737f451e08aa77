package nn.plot;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/// A table of numbers in `[0, 1]` drawn as cells shaded from the paper (0) to the full colour
/// (1), each with its value written in it, for example attention weights: row = query, column
/// = key. Rows and columns are labelled. Chapter 15 draws an attention map with it.
public final class HeatMap {
    private static final int CELL = 40, LEFT = 92, TOP = 40, BOTTOM = 44;

    private final String title, rowTitle, columnTitle;
    private final double[][] values;
    private final List<String> rowLabels, columnLabels;

    private HeatMap(String title, double[][] values, List<String> rowLabels,
                    List<String> columnLabels, String rowTitle, String columnTitle) {
        if (values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("a heat map needs at least one cell");
        }
        for (double[] row : values) {
            if (row.length != values[0].length) {
                throw new IllegalArgumentException(
                        "every row of a heat map needs %d values, got %d"
                                .formatted(values[0].length, row.length));
            }
            for (double v : row) {
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException(
                            "heat-map values must be in [0, 1], got " + v);
                }
            }
        }
        if (rowLabels.size() != values.length || columnLabels.size() != values[0].length) {
            throw new IllegalArgumentException(
                    "a %d×%d heat map needs %d row and %d column labels, got %d and %d".formatted(
                            values.length, values[0].length, values.length, values[0].length,
                            rowLabels.size(), columnLabels.size()));
        }
        this.title = title;
        this.values = values;
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.rowTitle = rowTitle;
        this.columnTitle = columnTitle;
    }

    /// A heat map of `values[row][column]` with labels for the rows and columns and a title
    /// for each axis.
    public static HeatMap of(String title, double[][] values, List<String> rowLabels,
                             List<String> columnLabels, String rowTitle, String columnTitle) {
        return new HeatMap(title, values, rowLabels, columnLabels, rowTitle, columnTitle);
    }

    /// The map drawn at twice the pixel density, as `save` writes it.
    public BufferedImage render() { return draw(Theme.LIGHT).image(); }

    /// Writes `name.png` (and `name-dark.png` in the book's build, see `Theme`) to the figures
    /// folder and returns the file written.
    public Path save(String name) { return Canvas.save(name, this::draw); }

    Canvas draw(Theme theme) {
        int rows = values.length, cols = values[0].length;
        int titleWidth = Canvas.width(title, Style.TITLE);
        int width = Math.max(LEFT + cols * CELL + 16, titleWidth + 16);
        var canvas = new Canvas(width, TOP + rows * CELL + BOTTOM, theme);
        Color ink = theme.text();
        double titleCentre = Math.min(LEFT + cols * CELL / 2.0, width - 8 - titleWidth / 2.0);
        canvas.centered(title, Style.TITLE, ink, Math.max(titleWidth / 2.0 + 8, titleCentre), 22);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) drawCell(canvas, r, c);
            double middle = TOP + r * CELL + CELL / 2.0;
            canvas.centered(rowLabels.get(r), Style.TEXT, ink, LEFT - 26, middle + 5);
        }
        for (int c = 0; c < cols; c++) {
            canvas.centered(columnLabels.get(c), Style.TEXT, ink, LEFT + c * CELL + CELL / 2.0,
                    TOP + rows * CELL + 17);
        }
        int bottom = TOP + rows * CELL;
        canvas.centered(columnTitle, Style.TEXT, ink, LEFT + cols * CELL / 2.0, bottom + 38);
        AffineTransform saved = canvas.g.getTransform();
        canvas.g.rotate(-Math.PI / 2);
        canvas.centered(rowTitle, Style.TEXT, ink, -(TOP + rows * CELL / 2.0), LEFT - 62);
        canvas.g.setTransform(saved);
        return canvas;
    }

    private void drawCell(Canvas canvas, int r, int c) {
        int x = LEFT + c * CELL, y = TOP + r * CELL;
        Color paper = canvas.theme.background();
        Color fill = Style.mix(paper, canvas.theme.color(0), values[r][c]);
        canvas.g.setColor(fill);
        canvas.g.fillRect(x, y, CELL, CELL);
        canvas.g.setColor(canvas.theme.map(Style.GRID));
        canvas.g.drawRect(x, y, CELL, CELL);
        canvas.centered("%.2f".formatted(values[r][c]), Style.TEXT,
                ConfusionPlot.contrasting(fill, canvas.theme), x + CELL / 2.0, y + CELL / 2.0 + 5);
    }
}
