package nn.plot;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/// A white picture drawn with Java2D at twice the pixel density (like `Figure`'s PNGs), for
/// figures that are not x-y charts: image grids and tables of cells. Coordinates are in 1×
/// pixels; `save` writes the 2× bitmap.
final class Canvas {
    static final int DENSITY = 2;
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private final BufferedImage image;
    final Graphics2D g;

    Canvas(int width, int height) {
        image = new BufferedImage(width * DENSITY, height * DENSITY, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.scale(DENSITY, DENSITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    /// The width of `text` in `font`, in 1× pixels (for layout before a canvas exists).
    static int width(String text, Font font) {
        var scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics metrics = scratch.getFontMetrics(font);
        int w = metrics.stringWidth(text);
        scratch.dispose();
        return w;
    }

    /// Draws `text` centred horizontally on `centerX`, with its baseline at `baseline`.
    void centered(String text, Font font, Color color, double centerX, double baseline) {
        g.setFont(font);
        g.setColor(color);
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (centerX - w / 2.0), (float) baseline);
    }

    /// `a` moved the fraction `t` (0..1) of the way towards `b`.
    static Color mix(Color a, Color b, double t) {
        double s = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + s * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + s * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + s * (b.getBlue() - a.getBlue())));
    }

    /// Writes `name.png` to the figures folder and returns the file.
    Path save(String name) {
        g.dispose();
        Path file = Figures.folder().resolve(name + ".png");
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write figure " + file, e);
        }
        return file;
    }

    BufferedImage image() { return image; }
}
