package nn.plot;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HeatMapTest {
    // Layout of HeatMap: cells of 40 pixels from (92, 40), at twice the density; sample a
    // corner of the cell, away from its number.
    static int cell(java.awt.image.BufferedImage image, int row, int column) {
        return image.getRGB(2 * (92 + 40 * column + 4), 2 * (40 + 40 * row + 4));
    }

    private static HeatMap map(double[][] values) {
        return HeatMap.of("t", values, List.of("a", "b"), List.of("x", "y"), "query", "key");
    }

    @Test
    void render_shadesFromPaperToTheFullColour() {
        var image = map(new double[][] {{1, 0}, {0.5, 0.5}}).render();
        assertEquals(Style.color(0).getRGB(), cell(image, 0, 0));
        assertEquals(Color.WHITE.getRGB(), cell(image, 0, 1));
        assertEquals(Style.mix(Color.WHITE, Style.color(0), 0.5).getRGB(), cell(image, 1, 0));
    }

    @Test
    void rejectsValuesOutsideZeroToOne_raggedRows_andMissingLabels() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> map(new double[][] {{1.5, 0}, {0, 0}}));
        assertEquals("heat-map values must be in [0, 1], got 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> map(new double[][] {{1, 0}, {0}}));
        assertThrows(IllegalArgumentException.class, () -> map(new double[][] {{1, 0}}));
    }
}
