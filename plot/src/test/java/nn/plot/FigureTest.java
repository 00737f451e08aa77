package nn.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class FigureTest {

    static double[] linspace(double from, double to, int n) {
        return IntStream.range(0, n).mapToDouble(i -> from + (to - from) * i / (n - 1)).toArray();
    }

    @Test
    void render_isTwiceTheChartSize() {
        var image = Figure.of("t", "x", "y", 300, 200)
                .line("a", new double[] {0, 1}, new double[] {0, 1}).render();
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void save_writesAPngOfTwiceTheSize(@TempDir Path folder) throws Exception {
        String before = System.setProperty("nn.figures", folder.toString());
        try {
            Path file = Figure.of("t", "x", "y", 320, 240)
                    .points("p", new double[] {1, 2}, new double[] {3, 4}).save("figure-test");
            assertEquals(folder.resolve("figure-test.png"), file);
            var image = ImageIO.read(Files.newInputStream(file));
            assertEquals(640, image.getWidth());
            assertEquals(480, image.getHeight());
        } finally {
            if (before == null) System.clearProperty("nn.figures");
            else System.setProperty("nn.figures", before);
        }
    }

    @Test
    void seriesOfUnequalLength_areRejectedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Figure.of("t", "x", "y")
                .line("loss", new double[] {1, 2, 3}, new double[] {1, 2}));
        assertEquals("series 'loss' has 3 x values but 2 y values", e.getMessage());
    }

    @Test
    void emptyRangeOrSize_isRejectedWithTheValues() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Figure.of("t", "x", "y").range(1, 1, 0, 2));
        assertTrue(e.getMessage().contains("[1.0, 1.0] × [0.0, 2.0]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Figure.of("t", "x", "y", 0, 10));
        assertTrue(e.getMessage().contains("0 × 10"), e.getMessage());
    }

    @Test
    void seriesTakePaletteColoursInOrder() {
        var figure = Figure.of("t", "x", "y").line("a", new double[] {0}, new double[] {0})
                .dashed("b", new double[] {0}, new double[] {1})
                .points("c", new double[] {0}, new double[] {2});
        var series = figure.chart().getSeriesMap();
        assertEquals(Style.color(0), series.get("a").getLineColor());
        assertEquals(Style.color(1), series.get("b").getLineColor());
        assertEquals(Style.color(2), series.get("c").getMarkerColor());
    }

    @Test
    void xTicks_areRoundForEquallySpacedData() {
        // XChart 3.8 alone labels these -4, -3.1, -2.2, … and 0, 16, 32, … (see RoundTicks).
        var figure = Figure.of("t", "z", "f", 640, 420);
        double[] z = linspace(-4, 5, 201);
        figure.line("f", z, z).render();
        assertTrue(Ticks.round(Ticks.x(figure.chart())), "x ticks " + Ticks.x(figure.chart()));
        assertTrue(Ticks.round(Ticks.y(figure.chart())), "y ticks " + Ticks.y(figure.chart()));

        var epochs = Figure.of("t", "epoch", "loss", 640, 420);
        epochs.line("loss", linspace(0, 300, 301), linspace(1, 0.5, 301)).render();
        assertTrue(Ticks.round(Ticks.x(epochs.chart())), "x ticks " + Ticks.x(epochs.chart()));
    }

    @Test
    void roundTicks_keepTheAxisRangesAndTheLegend() {
        var figure = Figure.of("t", "x", "y").line("f", linspace(2, 3, 11), linspace(5, 6, 11));
        figure.render();
        var hidden = figure.chart().getSeriesMap().get(RoundTicks.HIDDEN);
        assertFalse(hidden.isShowInLegend());
        assertTrue(hidden.getXMin() > 2 && hidden.getXMax() < 3, "hidden x inside the data");
        assertTrue(hidden.getYMin() > 5 && hidden.getYMax() < 6, "hidden y inside the data");
        figure.render(); // rendering again moves the hidden point rather than adding another
        assertEquals(2, figure.chart().getSeriesMap().size());
    }

    @Test
    void logY_ticksStayOnPowersOfTen() {
        var figure = Figure.of("t", "step", "loss").logY();
        double[] steps = linspace(0, 100, 101);
        figure.line("loss", steps, java.util.Arrays.stream(steps).map(t -> Math.pow(10, -t / 25))
                .toArray()).render();
        var ticks = Ticks.y(figure.chart());
        assertFalse(ticks.isEmpty());
        for (double t : ticks) {
            double exponent = Math.log10(t);
            assertEquals(Math.rint(exponent), exponent, 1e-9, "log tick " + t + " in " + ticks);
        }
        assertTrue(Ticks.round(Ticks.x(figure.chart())), "x ticks " + Ticks.x(figure.chart()));
    }
}
