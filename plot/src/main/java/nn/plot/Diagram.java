package nn.plot;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/// A drawing of a small graph without axes: nodes as labelled dots, edges as arrows. Chapter 4
/// draws a neuron's computational graph with it. Coordinates are free numbers inside the ranges
/// given to `of`; keep the ranges' aspect close to the picture's so that arrowheads look even.
public final class Diagram {
    private static final Color EDGE = new Color(0x777777);
    private static final double NODE_PIXELS = 9;  // radius of a node's dot
    private static final double HEAD_PIXELS = 9;  // length of an arrowhead's wings

    private final Figure figure;
    private final double pixelsPerX;
    private final double pixelsPerY;
    private int count;

    private Diagram(String title, int width, int height, double xMin, double xMax,
                    double yMin, double yMax) {
        figure = Figure.of(title, "", "", width, height).noLegend().range(xMin, xMax, yMin, yMax);
        var styler = figure.chart().getStyler();
        styler.setAxisTicksVisible(false);
        styler.setAxisTitlesVisible(false);
        styler.setPlotGridLinesVisible(false);
        styler.setMarkerSize((int) (2 * NODE_PIXELS));
        styler.setAnnotationTextFontColor(new Color(0x222222));
        pixelsPerX = 0.85 * width / (xMax - xMin);
        pixelsPerY = 0.8 * height / (yMax - yMin);
    }

    /// An empty diagram of `width × height` pixels showing the given coordinate ranges.
    public static Diagram of(String title, int width, int height, double xMin, double xMax,
                             double yMin, double yMax) {
        return new Diagram(title, width, height, xMin, xMax, yMin, yMax);
    }

    /// An arrow from the node at `(x1, y1)` to the node at `(x2, y2)`, stopping at their dots.
    /// Add edges before nodes so that the dots are painted on top.
    public Diagram edge(double x1, double y1, double x2, double y2) {
        double dx = (x2 - x1) * pixelsPerX, dy = (y2 - y1) * pixelsPerY;
        double length = Math.hypot(dx, dy);
        double ux = dx / length, uy = dy / length; // unit direction in pixels
        double sx = x1 + ux * NODE_PIXELS / pixelsPerX, sy = y1 + uy * NODE_PIXELS / pixelsPerY;
        double ex = x2 - ux * NODE_PIXELS / pixelsPerX, ey = y2 - uy * NODE_PIXELS / pixelsPerY;
        line(new double[] {sx, ex}, new double[] {sy, ey});
        for (double side : new double[] {-1, 1}) { // two wings, 25° either side of the shaft
            double c = Math.cos(Math.toRadians(25)), s = side * Math.sin(Math.toRadians(25));
            double wx = -(ux * c - uy * s) * HEAD_PIXELS, wy = -(ux * s + uy * c) * HEAD_PIXELS;
            line(new double[] {ex, ex + wx / pixelsPerX}, new double[] {ey, ey + wy / pixelsPerY});
        }
        return this;
    }

    /// A dot at `(x, y)` in palette colour `colorIndex`, with `label` above it and `caption`
    /// (for example a value and a gradient) below it; either text may be empty. Negative
    /// numbers in them are written with the minus sign: `"b = -0.5"` shows as "b = −0.5".
    public Diagram node(double x, double y, int colorIndex, String label, String caption) {
        XYSeries s = chart().addSeries("node " + count++, new double[] {x}, new double[] {y});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(Style.color(colorIndex));
        double offset = 2.2 * NODE_PIXELS / pixelsPerY;
        if (!label.isEmpty()) annotate(label, x, y + offset);
        if (!caption.isEmpty()) annotate(caption, x, y - offset);
        return this;
    }

    /// The diagram drawn at twice the pixel density (see `Figure.render`).
    public BufferedImage render() {
        return figure.render();
    }

    /// Writes `name.png` to the figures folder (see `Figure.save`).
    public Path save(String name) {
        return figure.save(name);
    }

    private XYChart chart() {
        return figure.chart();
    }

    /// Writes `text` at `(x, y)`, with a real minus sign (−) for a hyphen in front of a number.
    private void annotate(String text, double x, double y) {
        String typeset = text.replaceAll("(?<![\\w.])-(?=\\.?\\d)", "\u2212");
        chart().addAnnotation(new AnnotationText(typeset, x, y, false));
    }

    private void line(double[] x, double[] y) {
        XYSeries s = chart().addSeries("edge " + count++, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(EDGE);
        s.setLineStyle(new BasicStroke(1.6f));
    }
}
