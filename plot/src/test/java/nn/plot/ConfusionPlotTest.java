package nn.plot;

import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.*;

class ConfusionPlotTest {
    // Layout of ConfusionPlot: cells of 34 pixels from (64, 40), at twice the density.
    static int cell(java.awt.image.BufferedImage image, int row, int column) {
        return image.getRGB(2 * (64 + 34 * column + 4), 2 * (40 + 34 * row + 4));
    }

    @Test
    void render_coloursRightAnswersBlueAndEmptyCellsWhite() {
        var image = ConfusionPlot.of("c", new int[][] {{3, 0}, {0, 4}}).render();
        // Every answer of row 0 is right, so its diagonal cell has the full colour.
        assertEquals(Style.color(0).getRGB(), cell(image, 0, 0));
        assertEquals(Color.WHITE.getRGB(), cell(image, 0, 1));
    }

    @Test
    void render_colourMistakesInTheSecondColour() {
        var image = ConfusionPlot.of("c", new int[][] {{3, 2}, {0, 4}}).render();
        assertEquals(Style.color(1).getRGB(), cell(image, 0, 1)); // the largest mistake count
    }

    @Test
    void aTableThatIsNotSquare_isRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionPlot.of("", new int[][] {{1, 2}}));
        assertEquals("a confusion matrix is square, got 1 rows of 2", e.getMessage());
    }
}
