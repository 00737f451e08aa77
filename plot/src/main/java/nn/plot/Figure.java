package nn.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.swing.ImageIcon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/// A line or scatter chart in the book's one style (see `Style`), saved as a PNG at twice the
/// pixel density and shown in a window when the machine has a display. Every chapter from 1 on
/// draws its charts with it; `FigureGrid` tiles several, `DecisionRegions` and `Diagram` build
/// on it, and `chart()` gives the XChart chart for anything not covered here.
///
/// ```java
/// Figure.of("Loss per epoch", "epoch", "loss").line("train", epochs, losses).logY().save("x");
/// ```
///
/// Series get the Okabe–Ito colours in the order they are added. Figures go to the folder named
/// by the system property `nn.figures` (default `figures`); `nn.show=false` never opens a window.
/// With `nn.darkFigures=true` (the book's build) `save` also writes `name-dark.png`, the same
/// chart in the dark theme (see `Theme`).
public final class Figure {
    private final XYChart chart;
    private int seriesCount;
    private boolean logX, logY;

    private Figure(String title, String xLabel, String yLabel, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("figure '%s' needs a positive size, got %d × %d"
                    .formatted(title, width, height));
        }
        chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        Style.apply(chart.getStyler(), width);
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
        XYSeries s = add(name, x, y, seriesCount);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineWidth(2.2f);
        return this;
    }

    /// A dashed line, for references such as a target function or a boundary.
    public Figure dashed(String name, double[] x, double[] y) {
        XYSeries s = add(name, x, y, seriesCount);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {7f, 5f}, 0f));
        return this;
    }

    /// Unconnected points, e.g. the examples of one class.
    public Figure points(String name, double[] x, double[] y) {
        return points(name, x, y, seriesCount);
    }

    /// Points in palette colour and marker `colorIndex`, e.g. class `c` in `DecisionRegions`.
    Figure points(String name, double[] x, double[] y, int colorIndex) {
        XYSeries s = add(name, x, y, colorIndex);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(Style.marker(colorIndex));
        return this;
    }

    /// Fixes the visible axis ranges.
    public Figure range(double xMin, double xMax, double yMin, double yMax) {
        if (!(xMin < xMax && yMin < yMax)) {
            throw new IllegalArgumentException("range needs xMin < xMax and yMin < yMax, got "
                    + "[%s, %s] × [%s, %s]".formatted(xMin, xMax, yMin, yMax));
        }
        var styler = chart.getStyler();
        styler.setXAxisMin(xMin);
        styler.setXAxisMax(xMax);
        styler.setYAxisMin(yMin);
        styler.setYAxisMax(yMax);
        return this;
    }

    /// A logarithmic y axis (all y values must be positive), labelled `10ᵏ` (see `LogAxes`).
    public Figure logY() {
        logY = true;
        return this;
    }

    /// A logarithmic x axis (all x values must be positive), labelled `10ᵏ`.
    public Figure logX() {
        logX = true;
        return this;
    }

    /// Puts the legend to the right of the plot, where it cannot hide any data.
    public Figure legendOutside() {
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        return this;
    }

    /// Hides the legend (for a chart with one series).
    public Figure noLegend() {
        chart.getStyler().setLegendVisible(false);
        return this;
    }

    /// The underlying XChart chart, for anything this class does not cover.
    public XYChart chart() { return chart; }

    /// The chart drawn at twice the pixel density, as `save` writes it.
    public BufferedImage render() {
        return render(Theme.LIGHT);
    }

    /// The chart drawn in `theme`.
    BufferedImage render(Theme theme) {
        return canvas(theme).image();
    }

    /// Writes `name.png` (and `name-dark.png`, see above) to the figures folder, shows the
    /// chart in a window when a display exists, and returns the file written.
    public Path save(String name) {
        Path file = Canvas.save(name, this::canvas);
        showIfPossible();
        return file;
    }

    /// Paints the chart into `g` at its own size in `theme`; `FigureGrid` calls this for every
    /// panel. Logarithmic axes and tick labels are set up for the painting only (see `LogAxes`
    /// and `TickLabels`): afterwards the chart holds the script's values and settings again.
    void paint(Graphics2D g, Theme theme) {
        var styler = chart.getStyler();
        var xFormat = styler.getxAxisTickLabelsFormattingFunction();
        var yFormat = styler.getyAxisTickLabelsFormattingFunction();
        try (var _ = LogAxes.apply(chart, logX, logY)) {
            RoundTicks.apply(chart);
            TickLabels.apply(chart, logX, logY);
            ChartColours.paint(chart, g, theme);
        } finally {
            styler.setxAxisTickLabelsFormattingFunction(xFormat);
            styler.setyAxisTickLabelsFormattingFunction(yFormat);
        }
    }

    private Canvas canvas(Theme theme) {
        var canvas = new Canvas(chart.getWidth(), chart.getHeight(), theme);
        paint(canvas.g, theme);
        return canvas;
    }

    private XYSeries add(String name, double[] x, double[] y, int colorIndex) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '%s' has %d x values but %d y values"
                    .formatted(name, x.length, y.length));
        }
        XYSeries s = chart.addSeries(name, x, y);
        Color color = Style.color(colorIndex);
        s.setLineColor(color);
        s.setMarkerColor(color);
        seriesCount = Math.max(seriesCount, colorIndex + 1);
        return s;
    }

    /// Shows the picture `save` wrote (not XChart's live panel, which knows nothing of the
    /// logarithmic axes and tick labels added while painting) in a window of its 1× size.
    private void showIfPossible() {
        boolean wanted = Boolean.parseBoolean(System.getProperty("nn.show", "true"));
        if (!wanted || GraphicsEnvironment.isHeadless()) return;
        BufferedImage image = render();
        var icon = new ImageIcon(image.getScaledInstance(chart.getWidth(), chart.getHeight(),
                Image.SCALE_SMOOTH));
        SwingUtilities.invokeLater(() -> {
            var frame = new JFrame(chart.getTitle());
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.add(new JLabel(icon));
            frame.pack();
            frame.setVisible(true);
        });
    }
}
