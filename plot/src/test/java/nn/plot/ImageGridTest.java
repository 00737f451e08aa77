package nn.plot;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ImageGridTest {

    @Test
    void grayMapsZeroToWhiteAndOneToBlack() {
        var image = ImageGrid.of("", 1).pixelSize(4)
                .gray(new double[][] {{0, 1}, {1, 0}}, "").render();
        // Layout: a 12-pixel gap, then the 8 × 8 image; 2× density doubles every coordinate.
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2 * (12 + 2), 2 * (12 + 2)));
        assertEquals(Color.BLACK.getRGB(), image.getRGB(2 * (12 + 6), 2 * (12 + 2)));
        assertEquals(Color.BLACK.getRGB(), image.getRGB(2 * (12 + 2), 2 * (12 + 6)));
    }

    @Test
    void signedUsesTwoColoursAroundWhite() {
        var image = ImageGrid.of("", 1).pixelSize(4)
                .signed(new double[][] {{-2, 0, 2}}, "").render();
        assertEquals(new Color(0x0072B2).getRGB(), image.getRGB(2 * (12 + 2), 2 * (12 + 2)));
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2 * (12 + 6), 2 * (12 + 2)));
        assertEquals(new Color(0xD55E00).getRGB(), image.getRGB(2 * (12 + 10), 2 * (12 + 2)));
    }

    @Test
    void gridGrowsWithRowsAndColumns() {
        var grid = ImageGrid.of("title", 3);
        for (int i = 0; i < 7; i++) grid.gray(new double[5][5], "");
        var three = grid.render();
        var one = ImageGrid.of("title", 3).gray(new double[5][5], "").render();
        assertTrue(three.getWidth() > one.getWidth(), "three columns are wider than one");
        assertTrue(three.getHeight() > one.getHeight(), "three rows are taller than one");
    }

    @Test
    void rejectsRaggedOrEmptyImages() {
        var grid = ImageGrid.of("", 2);
        assertThrows(IllegalArgumentException.class,
                () -> grid.gray(new double[][] {{1, 2}, {3}}, ""));
        assertThrows(IllegalArgumentException.class, () -> grid.gray(new double[0][0], ""));
        assertThrows(IllegalStateException.class, grid::render);
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.of("", 0));
    }
}
