package nn.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/// Keeps axis ticks on round numbers (1, 2 or 5 × 10ᵏ) for every `Figure` of the book.
///
/// XChart 3.8 collects the data's distinct x values (and y values) with the axis ends, and when
/// they are equally spaced it puts the ticks on every k-th data value instead of on round
/// numbers: epochs 0…300 got ticks 0, 16, 32…, and `linspace(-4, 5, 201)` got −4, −3.1, −2.2…
/// (the tick spacing hint and decimal patterns only change k or the printing). One hidden
/// point inside the data, off that even spacing, sends XChart back to its round-number ticks.
/// It draws nothing (no marker, no line through one point), has no legend entry, and lies
/// within the data's ranges, so it changes neither the axis ranges nor the picture.
final class RoundTicks {
    static final String HIDDEN = "\u200Bround ticks"; // zero-width space: unlike any name
    private static final double OFF_GRID = 0.3819660112501051; // 2 − φ: no grid lands there

    private RoundTicks() {}

    /// Adds (or moves) the hidden point; call it just before painting.
    static void apply(XYChart chart) {
        chart.removeSeries(HIDDEN);
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (XYSeries s : chart.getSeriesMap().values()) {
            for (double x : s.getXData()) if (Double.isFinite(x)) {
                xMin = Math.min(xMin, x);
                xMax = Math.max(xMax, x);
            }
            for (double y : s.getYData()) if (Double.isFinite(y)) {
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
        if (!(xMax > xMin) || !(yMax >= yMin)) return;
        XYSeries hidden = chart.addSeries(HIDDEN,
                new double[] {xMin + OFF_GRID * (xMax - xMin)},
                new double[] {yMin + OFF_GRID * (yMax - yMin)});
        hidden.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        hidden.setMarker(SeriesMarkers.NONE);
        hidden.setShowInLegend(false);
    }
}
