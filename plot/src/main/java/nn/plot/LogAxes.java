package nn.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/// Logarithmic axes drawn by XChart as linear axes over `log10` of the data: while a chart
/// paints, every series (and any fixed axis range) holds the logarithms of its values, and
/// `TickLabels` writes the tick at `k` as `10ᵏ`. `close()` puts the values back.
///
/// XChart 3.8's own logarithmic axes label every decade, however many there are (22 labels
/// crowd the 300 pixels of chapter 8's ReLU chart), draw a grid line at every minor tick, and
/// print `1E-9`. On a linear axis over the exponents XChart spaces the labels as on any other
/// axis: every decade, or every 2nd, 5th or 10th when they would crowd. Its tick spacing hint
/// is raised so that the first step it tries is a whole decade (the step only grows from there).
final class LogAxes implements AutoCloseable {
    private record Saved(XYSeries series, double[] x, double[] y) {}

    private final XYStyler styler;
    private final List<Saved> saved = new ArrayList<>();
    private final Double[] range;
    private final int[] hints;

    private LogAxes(XYChart chart, boolean x, boolean y) {
        styler = chart.getStyler();
        range = new Double[] {styler.getXAxisMin(), styler.getXAxisMax(),
                styler.getYAxisMin(), styler.getYAxisMax()};
        hints = new int[] {styler.getXAxisTickMarkSpacingHint(),
                styler.getYAxisTickMarkSpacingHint()};
        for (XYSeries s : chart.getSeriesMap().values()) {
            if (s.getName().equals(RoundTicks.HIDDEN)) continue; // RoundTicks places it anew
            saved.add(new Saved(s, s.getXData(), s.getYData()));
            s.replaceData(x ? log10(s, s.getXData(), "x") : s.getXData(),
                    y ? log10(s, s.getYData(), "y") : s.getYData(), s.getExtraValues());
        }
        if (x) {
            styler.setXAxisMin(log10(range[0])).setXAxisMax(log10(range[1]));
            styler.setXAxisTickMarkSpacingHint(Math.max(hints[0],
                    decadeHint(chart, chart.getWidth(), s -> s.getXMin(), s -> s.getXMax(),
                            styler.getXAxisMin(), styler.getXAxisMax())));
        }
        if (y) {
            styler.setYAxisMin(log10(range[2])).setYAxisMax(log10(range[3]));
            styler.setYAxisTickMarkSpacingHint(Math.max(hints[1],
                    decadeHint(chart, chart.getHeight(), s -> s.getYMin(), s -> s.getYMax(),
                            styler.getYAxisMin(), styler.getYAxisMax())));
        }
    }

    /// Takes the logarithms of the axes that are logarithmic; close the result after painting.
    static LogAxes apply(XYChart chart, boolean x, boolean y) {
        return new LogAxes(chart, x, y);
    }

    @Override
    public void close() {
        for (Saved s : saved) s.series().replaceData(s.x(), s.y(), s.series().getExtraValues());
        styler.setXAxisMin(range[0]).setXAxisMax(range[1]);
        styler.setYAxisMin(range[2]).setYAxisMax(range[3]);
        styler.setXAxisTickMarkSpacingHint(hints[0]).setYAxisTickMarkSpacingHint(hints[1]);
    }

    /// A spacing hint of one decade's length on an axis no longer than `pixels`: XChart's
    /// first tick step is then at least one decade.
    private static int decadeHint(XYChart chart, int pixels,
                                  ToDoubleFunction<XYSeries> min,
                                  ToDoubleFunction<XYSeries> max,
                                  Double fixedMin, Double fixedMax) {
        var series = chart.getSeriesMap().values();
        double lo = fixedMin != null ? fixedMin
                : series.stream().mapToDouble(min).filter(Double::isFinite).min().orElse(0);
        double hi = fixedMax != null ? fixedMax
                : series.stream().mapToDouble(max).filter(Double::isFinite).max().orElse(1);
        return (int) Math.ceil(pixels / Math.max(hi - lo, 1e-9));
    }

    private static double[] log10(XYSeries series, double[] values, String axis) {
        for (double v : values) {
            if (!(v > 0) && !Double.isNaN(v)) {
                throw new IllegalArgumentException("series '%s' has %s value %s on a logarithmic"
                        .formatted(series.getName(), axis, v) + " axis, where values must be > 0");
            }
        }
        return Arrays.stream(values).map(Math::log10).toArray();
    }

    private static Double log10(Double value) {
        if (value == null) return null;
        if (!(value > 0)) {
            throw new IllegalArgumentException(
                    "a logarithmic axis needs a range above 0, got " + value);
        }
        return Math.log10(value);
    }
}
