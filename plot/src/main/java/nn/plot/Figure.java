package nn.plot;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.SwingWrapper;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/// A line or scatter chart in the book's one style, saved as PNG (or SVG) and shown in a window
/// when the machine has a display.
///
/// Figures go to the folder named by the system property `nn.figures` (default `figures`);
/// set `nn.show=false` to never open a window. Series get the colour-blind-safe Okabe–Ito
/// palette in the order they are added.
public final class Figure {
    private final XYChart chart;
    private int seriesCount;

    private Figure(String title, String xLabel, String yLabel, int width, int height) {
        chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        Style.apply(chart.getStyler());
    }

    /// An empty 640 × 420 chart.
    public static Figure of(String title, String xLabel, String yLabel) {
        return new Figure(title, xLabel, yLabel, 640, 420);
    }

    /// An empty chart of the given size in (1×) pixels.
    public static Figure of(String title, String xLabel, String yLabel, int width, int height) {
        return new Figure(title, xLabel, yLabel, width, height);
    }

    /// A solid line through the points `(x[i], y[i])`.
    public Figure line(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineWidth(2.2f);
        return this;
    }

    /// A dashed line, for references such as a target function or a boundary.
    public Figure dashed(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {7f, 5f}, 0f));
        return this;
    }

    /// Unconnected points, e.g. the examples of one class.
    public Figure points(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(Style.marker(seriesCount - 1));
        return this;
    }

    /// Fixes the visible axis ranges.
    public Figure range(double xMin, double xMax, double yMin, double yMax) {
        var styler = chart.getStyler();
        styler.setXAxisMin(xMin);
        styler.setXAxisMax(xMax);
        styler.setYAxisMin(yMin);
        styler.setYAxisMax(yMax);
        return this;
    }

    /// A logarithmic y axis (all y values must be positive). Its horizontal grid lines are
    /// hidden: XChart draws one at every minor tick, which buries the data.
    public Figure logY() {
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        return this;
    }

    /// Puts the legend to the right of the plot, where it cannot hide any data.
    public Figure legendOutside() {
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        return this;
    }

    /// Hides the legend (for a chart with one series).
    public Figure noLegend() {
        chart.getStyler().setLegendVisible(false);
        return this;
    }

    /// The underlying XChart chart, for anything this class does not cover.
    public XYChart chart() { return chart; }

    /// Writes `name.png` (at twice the pixel density) to the figures folder, shows the chart in
    /// a window when a display exists, and returns the file written.
    public Path save(String name) {
        Path file = Figures.folder().resolve(name + ".png");
        try {
            BitmapEncoder.saveBitmapWithDPI(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG, 144);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write figure " + file, e);
        }
        showIfPossible();
        return file;
    }

    /// Writes `name.svg` to the figures folder and returns the file written.
    public Path saveSvg(String name) {
        Path file = Figures.folder().resolve(name + ".svg");
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, file.toString(),
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write figure " + file, e);
        }
        return file;
    }

    private XYSeries add(String name, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '%s' has %d x values but %d y values"
                    .formatted(name, x.length, y.length));
        }
        XYSeries s = chart.addSeries(name, x, y);
        Color color = Style.color(seriesCount++);
        s.setLineColor(color);
        s.setMarkerColor(color);
        return s;
    }

    private void showIfPossible() {
        if (GraphicsEnvironment.isHeadless() || !Boolean.parseBoolean(System.getProperty("nn.show", "true"))) {
            return;
        }
        new SwingWrapper<>(chart).displayChart();
    }
}
