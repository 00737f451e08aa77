package nn.plot;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Small charts of one size laid out in rows of `columns`, saved as one PNG, for comparing many
/// functions side by side (chapter 5 draws every activation with its derivative this way).
///
/// Add `Figure`s made with `Figure.of(title, xLabel, yLabel, width, height)`; every panel is
/// drawn at the size of the first one, row by row, left to right.
public final class FigureGrid {
    private final int columns;
    private final List<Figure> panels = new ArrayList<>();

    private FigureGrid(int columns) {
        if (columns < 1) throw new IllegalArgumentException("a grid needs >= 1 column, got " + columns);
        this.columns = columns;
    }

    /// An empty grid with `columns` panels per row.
    public static FigureGrid of(int columns) {
        return new FigureGrid(columns);
    }

    /// Adds the next panel.
    public FigureGrid add(Figure panel) {
        panels.add(panel);
        return this;
    }

    /// Writes `name.png` (at twice the pixel density, like `Figure.save`) to the figures folder
    /// and returns the file written.
    public Path save(String name) {
        if (panels.isEmpty()) throw new IllegalStateException("grid '" + name + "' has no panels");
        int width = panels.getFirst().chart().getWidth();
        int height = panels.getFirst().chart().getHeight();
        int rows = (panels.size() + columns - 1) / columns;
        int scale = 2;
        var image = new BufferedImage(columns * width * scale, rows * height * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(scale, scale);
        for (int k = 0; k < panels.size(); k++) {
            Graphics2D panel = (Graphics2D) g.create((k % columns) * width, (k / columns) * height,
                    width, height);
            panels.get(k).chart().paint(panel, width, height);
            panel.dispose();
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
