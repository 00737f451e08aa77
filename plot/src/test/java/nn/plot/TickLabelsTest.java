package nn.plot;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TickLabelsTest {
    private static final String MINUS = String.valueOf(TickLabels.MINUS);

    @Test
    void negativeTicks_useTheMinusSignNotTheHyphen() {
        var figure = Figure.of("t", "z", "f");
        double[] z = FigureTest.linspace(-4, 4, 81);
        figure.line("f", z, Arrays.stream(z).map(v -> v / 8).toArray()).render();
        for (List<String> labels : List.of(Ticks.xLabels(figure.chart()),
                Ticks.yLabels(figure.chart()))) {
            assertTrue(labels.stream().anyMatch(l -> l.startsWith(MINUS)), "labels " + labels);
            assertTrue(labels.stream().noneMatch(l -> l.contains("-")), "labels " + labels);
        }
        assertTrue(Ticks.xLabels(figure.chart()).contains(MINUS + "2"),
                "labels " + Ticks.xLabels(figure.chart()));
        assertTrue(Ticks.yLabels(figure.chart()).contains(MINUS + "0.5"),
                "labels " + Ticks.yLabels(figure.chart()));
        assertTrue(Ticks.yLabels(figure.chart()).contains("0"), "zero is 0, not −0");
    }

    @Test
    void logarithmicTicks_arePowersOfTenWithSuperscripts() {
        var figure = Figure.of("t", "step", "loss").logY();
        double[] steps = FigureTest.linspace(0, 100, 101);
        figure.line("loss", steps, Arrays.stream(steps).map(t -> Math.pow(10, -t / 10))
                .toArray()).render();
        var labels = Ticks.yLabels(figure.chart());
        assertTrue(labels.contains("10⁻¹⁰") && labels.contains("10⁰"), "labels " + labels);
        assertTrue(labels.stream().noneMatch(l -> l.contains("-") || l.contains("E")),
                "labels " + labels);
    }

    @Test
    void logarithmicTicks_withinAThousand_arePlainNumbers() {
        var figure = Figure.of("t", "epoch", "loss").logY();
        figure.line("loss", new double[] {0, 1, 2}, new double[] {0.1, 0.01, 5e-4}).render();
        var labels = Ticks.yLabels(figure.chart()); // with the ticks just outside the axis
        assertTrue(labels.containsAll(List.of("0.001", "0.01", "0.1")), "labels " + labels);
        assertTrue(labels.stream().allMatch(l -> l.matches("[0-9.,]+")), "labels " + labels);
    }

    @Test
    void manyDecades_areLabelledEverySecondOrFifthDecade() {
        var figure = Figure.of("t", "layer", "std", 540, 380).logY().range(1, 10, 1e-12, 1e9);
        figure.line("std", new double[] {1, 10}, new double[] {1e-12, 1e9}).render();
        var ticks = Ticks.y(figure.chart());
        assertTrue(ticks.size() >= 4 && ticks.size() <= 14, "ticks " + ticks);
        double step = Math.log10(ticks.get(1) / ticks.get(0));
        assertTrue(step == 2 || step == 5, "a step of " + step + " decades: " + ticks);
    }

    @Test
    void aLogarithmicChart_keepsItsValuesAfterPainting() {
        var figure = Figure.of("t", "x", "y").logX().logY();
        figure.line("f", new double[] {1e-3, 1}, new double[] {10, 1e6}).render();
        var series = figure.chart().getSeriesMap().get("f");
        assertArrayEquals(new double[] {1e-3, 1}, series.getXData());
        assertArrayEquals(new double[] {10, 1e6}, series.getYData());
    }

    @Test
    void aValueAtOrBelowZero_onALogarithmicAxis_isRejectedWithItsSeries() {
        var figure = Figure.of("t", "x", "y").logY()
                .line("loss", new double[] {1, 2}, new double[] {0.5, 0});
        var e = assertThrows(IllegalArgumentException.class, figure::render);
        assertEquals("series 'loss' has y value 0.0 on a logarithmic axis, where values must be"
                + " > 0", e.getMessage());
    }

    @Test
    void aScriptsDecimalPattern_isKeptWithTheMinusSign() {
        var figure = Figure.of("t", "x", "y").line("f", new double[] {-1, 1},
                new double[] {-1, 1});
        figure.chart().getStyler().setYAxisDecimalPattern("0.00");
        figure.render();
        var labels = Ticks.yLabels(figure.chart());
        assertTrue(labels.contains(MINUS + "1.00") && labels.contains("0.00"), "labels " + labels);
    }

    @Test
    void largeTicks_keepEnglishGrouping() {
        var figure = Figure.of("t", "epoch", "y").line("f", new double[] {0, 1000, 2000},
                new double[] {0, 1, 2});
        figure.render();
        assertTrue(Ticks.xLabels(figure.chart()).contains("1,000"),
                "labels " + Ticks.xLabels(figure.chart()));
    }

    @Test
    void theChartFont_hasTheMinusSignAndSuperscriptGlyphs() {
        for (char c : (TickLabels.MINUS + "⁻⁰¹²³⁴⁵⁶⁷⁸⁹").toCharArray()) {
            assertTrue(Style.TEXT.canDisplay(c), Style.TEXT.getFontName() + " lacks " + c);
        }
    }
}
