package nn.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ContoursTest {

    @Test
    void add_drawsALevelLineWithoutLegendOrPaletteColour() {
        var figure = Figure.of("t", "x", "y");
        Contours.add(figure, "f = 1", new double[] {0, 1, 0}, new double[] {1, 0, -1});
        figure.line("path", new double[] {0, 1}, new double[] {0, 1});
        var series = figure.chart().getSeriesMap();
        assertFalse(series.get("f = 1").isShowInLegend());
        assertEquals(Style.color(0), series.get("path").getLineColor(), "first data colour");
    }

    @Test
    void add_rejectsUnequalLengthsWithTheName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Contours.add(
                Figure.of("t", "x", "y"), "f = 2", new double[] {0, 1}, new double[] {0}));
        assertEquals("level line 'f = 2' has 2 x values but 1 y values", e.getMessage());
    }
}
