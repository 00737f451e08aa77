package nn.plot;

import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.*;

class FigureGridTest {

    static Figure panel(int width, int height) {
        return Figure.of("p", "x", "y", width, height)
                .line("a", new double[] {0, 1}, new double[] {0, 1});
    }

    @Test
    void render_tilesPanelsRowByRow() {
        var grid = FigureGrid.of(2);
        for (int i = 0; i < 5; i++) grid.add(panel(200, 100));
        var image = grid.render(); // 2 columns × 3 rows of 200 × 100, at 2×
        assertEquals(2 * 2 * 200, image.getWidth());
        assertEquals(2 * 3 * 100, image.getHeight());
        // The sixth cell stays empty, so it stays white.
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2 * 300, 2 * 250));
    }

    @Test
    void render_makesEveryCellAsLargeAsTheLargestPanel() {
        var image = FigureGrid.of(2).add(panel(200, 100), panel(300, 150)).render();
        assertEquals(2 * 2 * 300, image.getWidth());
        assertEquals(2 * 150, image.getHeight());
    }

    @Test
    void render_withFewerPanelsThanColumns_isOnlyAsWideAsThePanels() {
        var image = FigureGrid.of(3).add(java.util.List.of(panel(200, 100))).render();
        assertEquals(2 * 200, image.getWidth());
    }

    @Test
    void badColumnsOrNoPanels_areNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> FigureGrid.of(0));
        assertEquals("a grid needs >= 1 column, got 0", e.getMessage());
        var empty = assertThrows(IllegalStateException.class, () -> FigureGrid.of(2).render());
        assertEquals("the grid has no panels", empty.getMessage());
    }
}
