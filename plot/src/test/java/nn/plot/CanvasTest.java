package nn.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;
import java.awt.Color;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class CanvasTest {

    @Test
    void save_writesTheTwiceDenseBitmapMarkedAs144Dpi(@TempDir Path folder) throws Exception {
        String before = System.setProperty("nn.figures", folder.toString());
        try {
            var canvas = new Canvas(30, 20);
            canvas.g.setColor(Color.BLACK);
            canvas.g.fillRect(0, 0, 10, 10); // 1× pixels: a 20 × 20 square at 2×
            Path file = canvas.save("canvas-test");
            var reader = ImageIO.getImageReadersByFormatName("png").next();
            try (var in = ImageIO.createImageInputStream(file.toFile())) {
                reader.setInput(in);
                var image = reader.read(0);
                assertEquals(60, image.getWidth());
                assertEquals(40, image.getHeight());
                assertEquals(Color.BLACK.getRGB(), image.getRGB(19, 19));
                assertEquals(Color.WHITE.getRGB(), image.getRGB(20, 20));
                var root = (IIOMetadataNode) reader.getImageMetadata(0)
                        .getAsTree("javax_imageio_1.0");
                var size = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize")
                        .item(0);
                double dpi = 25.4 / Double.parseDouble(size.getAttribute("value"));
                assertEquals(144, dpi, 0.5);
            } finally {
                reader.dispose();
            }
        } finally {
            if (before == null) System.clearProperty("nn.figures");
            else System.setProperty("nn.figures", before);
        }
    }

    @Test
    void anEmptySize_isRejectedWithTheValues() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Canvas(0, 5));
        assertEquals("a picture needs a positive size, got 0 × 5", e.getMessage());
    }
}
