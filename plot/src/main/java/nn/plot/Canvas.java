package nn.plot;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/// A picture drawn with Java2D at twice the pixel density on the paper of a `Theme`, and the
/// one place where the book's PNGs are written. Every figure goes through it: `Figure` and
/// `FigureGrid` paint XChart charts into it, `ImageGrid` and `ConfusionPlot` (chapter 11) draw
/// cells into it. Coordinates are in 1× pixels; `image()` and `save` hold the 2× bitmap,
/// marked as 144 dpi. `save(name, draw)` writes a figure in every theme it is rendered in.
final class Canvas {
    static final int DENSITY = 2;
    private final BufferedImage image;
    final Graphics2D g;
    final Theme theme;

    /// A white canvas (the light theme).
    Canvas(int width, int height) {
        this(width, height, Theme.LIGHT);
    }

    Canvas(int width, int height, Theme theme) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture needs a positive size, got %d × %d"
                    .formatted(width, height));
        }
        image = new BufferedImage(width * DENSITY, height * DENSITY, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.scale(DENSITY, DENSITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        this.theme = theme;
        g.setColor(theme.background());
        g.fillRect(0, 0, width, height);
    }

    /// Writes the figure `draw` draws in each theme of `Theme.rendered()`: `name.png`, and
    /// `name-dark.png` in the book's build. Returns the light one's file.
    static Path save(String name, Function<Theme, Canvas> draw) {
        Path light = null;
        for (Theme theme : Theme.rendered()) {
            Path file = draw.apply(theme).save(name + theme.suffix());
            if (theme == Theme.LIGHT) light = file;
        }
        return light;
    }

    /// The width of `text` in `font`, in 1× pixels (for layout before a canvas exists).
    static int width(String text, Font font) {
        var scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        int w = scratch.getFontMetrics(font).stringWidth(text);
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

    /// The finished 2× bitmap.
    BufferedImage image() {
        g.dispose();
        return image;
    }

    /// Writes `name.png` to the figures folder (see `Figures`) and returns the file written.
    Path save(String name) {
        Path file = Figures.folder().resolve(name + ".png");
        var writer = ImageIO.getImageWritersByFormatName("png").next();
        try (var stream = Files.newOutputStream(file);
             var out = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(out);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // the strongest deflate: 10–20 % smaller files
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            markDensity(metadata);
            writer.write(null, new IIOImage(image(), null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write figure " + file, e);
        } finally {
            writer.dispose();
        }
        return file;
    }

    /// Records 72 dpi × `DENSITY` in the PNG, so viewers show the picture at its 1× size. The
    /// JDK's PNG writer reads "pixel size" as pixels per millimetre (as XChart's encoder does).
    private static void markDensity(IIOMetadata metadata) throws IIOInvalidTreeException {
        String pixelsPerMillimetre = Double.toString(72.0 * DENSITY / 25.4);
        var dimension = new IIOMetadataNode("Dimension");
        for (String axis : new String[] {"HorizontalPixelSize", "VerticalPixelSize"}) {
            var size = new IIOMetadataNode(axis);
            size.setAttribute("value", pixelsPerMillimetre);
            dimension.appendChild(size);
        }
        var root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        metadata.mergeTree("javax_imageio_1.0", root);
    }
}
