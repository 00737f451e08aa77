package nn.plot;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

class DecisionRegionsTest {

    /// Class 1 right of the line x₁ = 0, class 0 left of it.
    static int[] rightHalf(double[][] grid) {
        return Arrays.stream(grid).mapToInt(p -> p[0] > 0 ? 1 : 0).toArray();
    }

    static int pixel(Figure figure, java.awt.image.BufferedImage image, double x1, double x2) {
        var chart = figure.chart();
        int px = (int) Math.round(Canvas.DENSITY * chart.getScreenXFromChart(x1));
        int py = (int) Math.round(Canvas.DENSITY * chart.getScreenYFromChart(x2));
        return image.getRGB(px, py) & 0xFFFFFF;
    }

    @Test
    void render_paintsEachClassInALightTintOfItsColour() {
        var figure = DecisionRegions.of("halves", DecisionRegionsTest::rightHalf).steps(40)
                .figure();
        var image = figure.render();
        assertEquals(Style.tint(Style.color(0)).getRGB() & 0xFFFFFF,
                pixel(figure, image, -0.5, 0.3), "left half");
        assertEquals(Style.tint(Style.color(1)).getRGB() & 0xFFFFFF,
                pixel(figure, image, 0.5, -0.3), "right half");
    }

    @Test
    void points_areDrawnOnTopInTheirClassColour() {
        var figure = DecisionRegions.of("halves", DecisionRegionsTest::rightHalf)
                .points(new double[][] {{0.5, 0.5}}, new int[] {0}).figure();
        var image = figure.render();
        assertEquals(Style.color(0).getRGB() & 0xFFFFFF, pixel(figure, image, 0.5, 0.5));
    }

    @Test
    void seriesAddedAfterwards_takeTheNextColour() {
        var figure = DecisionRegions.of("halves", DecisionRegionsTest::rightHalf)
                .points(new double[][] {{-0.5, 0}, {0.5, 0}}, new int[] {0, 1}).figure()
                .dashed("boundary", new double[] {0, 0}, new double[] {-1, 1});
        assertEquals(Style.color(2), figure.chart().getSeriesMap().get("boundary").getLineColor());
    }

    @Test
    void classifier_isAskedOnceForTheWholeGrid() {
        int[] calls = {0};
        var regions = DecisionRegions.of("t", grid -> {
            calls[0]++;
            assertEquals(30 * 30, grid.length);
            assertArrayEquals(new double[] {-2, 1}, grid[0], 1e-12); // first row is the bottom
            assertArrayEquals(new double[] {2, 1}, grid[29], 1e-12);
            assertArrayEquals(new double[] {-2, 3}, grid[30 * 29], 1e-12);
            return new int[grid.length];
        }).area(-2, 2, 1, 3).steps(30);
        regions.figure();
        assertEquals(1, calls[0]);
    }

    @Test
    void badArguments_areNamed() {
        var regions = DecisionRegions.of("t", DecisionRegionsTest::rightHalf);
        var area = assertThrows(IllegalArgumentException.class, () -> regions.area(1, 0, 0, 1));
        assertTrue(area.getMessage().contains("[1.0, 0.0] × [0.0, 1.0]"), area.getMessage());
        var steps = assertThrows(IllegalArgumentException.class, () -> regions.steps(1));
        assertEquals("steps must be >= 2, got 1", steps.getMessage());
        var points = assertThrows(IllegalArgumentException.class,
                () -> regions.points(new double[2][2], new int[3]));
        assertEquals("2 points but 3 labels", points.getMessage());
        var wrong = DecisionRegions.of("t", grid -> new int[3]).steps(10);
        var classes = assertThrows(IllegalArgumentException.class, wrong::figure);
        assertEquals("the classifier returned 3 classes for 100 points", classes.getMessage());
    }
}
