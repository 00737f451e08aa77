package nn.plot;

import org.knowm.xchart.XYChart;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/// Several figures tiled into one PNG, left to right in rows of `columns`, so related charts
/// (one per setting) can be compared at a glance. Chapters 7 and 8 use it.
public final class Panels {
    private Panels() {}

    /// Writes `name.png` (at twice the pixel density, like `Figure.save`) to the figures folder
    /// and returns the file written. Every cell is as large as the largest figure.
    public static Path save(String name, int columns, Figure... figures) {
        if (columns < 1 || figures.length == 0) {
            throw new IllegalArgumentException(
                    "need columns >= 1 and at least one figure, got %d and %d"
                            .formatted(columns, figures.length));
        }
        int cellWidth = 0, cellHeight = 0;
        for (Figure f : figures) {
            cellWidth = Math.max(cellWidth, f.chart().getWidth());
            cellHeight = Math.max(cellHeight, f.chart().getHeight());
        }
        int rows = (figures.length + columns - 1) / columns;
        var image = new BufferedImage(2 * cellWidth * Math.min(columns, figures.length),
                2 * cellHeight * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(2, 2);
        for (int i = 0; i < figures.length; i++) {
            XYChart chart = figures[i].chart();
            Graphics2D cell = (Graphics2D) g.create((i % columns) * cellWidth,
                    (i / columns) * cellHeight, chart.getWidth(), chart.getHeight());
            chart.paint(cell, chart.getWidth(), chart.getHeight());
            cell.dispose();
        }
        g.dispose();
        Path file = Figures.folder().resolve(name + ".png");
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write figure " + file, e);
        }
        return file;
    }
}
