package nn.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Several `Figure`s tiled into one PNG, row by row, left to right, `columns` to a row, so that
/// related charts (one per function, one per setting) can be compared at a glance. Chapter 5
/// draws every activation this way, chapter 6 a loss beside its gradient, chapter 7 optimizer
/// paths side by side, chapter 8 histograms per initialization.
///
/// ```java
/// FigureGrid.of(2).add(value, slope).save("losses-regression");
/// ```
///
/// Every cell is as large as the largest panel; a smaller panel sits in its cell's top left.
public final class FigureGrid {
    private final int columns;
    private final List<Figure> panels = new ArrayList<>();

    private FigureGrid(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("a grid needs >= 1 column, got " + columns);
        }
        this.columns = columns;
    }

    /// An empty grid with `columns` panels per row.
    public static FigureGrid of(int columns) {
        return new FigureGrid(columns);
    }

    /// Adds the next panels, in reading order.
    public FigureGrid add(Figure... panels) {
        this.panels.addAll(List.of(panels));
        return this;
    }

    /// Adds the next panels, in reading order.
    public FigureGrid add(List<Figure> panels) {
        this.panels.addAll(panels);
        return this;
    }

    /// All panels drawn at twice the pixel density, as `save` writes them.
    public BufferedImage render() {
        return draw(Theme.LIGHT).image();
    }

    /// Writes `name.png` (and `name-dark.png` in the book's build, see `Theme`) to the figures
    /// folder and returns the file written.
    public Path save(String name) {
        return Canvas.save(name, this::draw);
    }

    Canvas draw(Theme theme) {
        if (panels.isEmpty()) throw new IllegalStateException("the grid has no panels");
        int cellWidth = panels.stream().mapToInt(f -> f.chart().getWidth()).max().getAsInt();
        int cellHeight = panels.stream().mapToInt(f -> f.chart().getHeight()).max().getAsInt();
        int rows = (panels.size() + columns - 1) / columns;
        var canvas = new Canvas(cellWidth * Math.min(columns, panels.size()), cellHeight * rows,
                theme);
        for (int k = 0; k < panels.size(); k++) {
            var chart = panels.get(k).chart();
            var cell = (Graphics2D) canvas.g.create((k % columns) * cellWidth,
                    (k / columns) * cellHeight, chart.getWidth(), chart.getHeight());
            panels.get(k).paint(cell, theme);
            cell.dispose();
        }
        return canvas;
    }
}
