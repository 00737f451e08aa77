package nn.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.IntStream;

/// The decision regions of a classifier in the plane: the classifier is asked for the class of
/// every point of a `steps × steps` grid, each grid point is painted as a tile in a light tint
/// of its class's colour, and the data points go on top in the full colour (class `c` gets
/// palette colour `c`). Chapter 3 draws XOR's regions with it, chapters 9 and 10 those of
/// trained networks.
///
/// ```java
/// DecisionRegions.of("Deep network", grid -> classify(model, grid))
///         .area(-1.3, 1.3, -1.3, 1.3)
///         .points(x, labels)
///         .save("approximation-spirals-deep");
/// ```
///
/// The classifier gets all grid points at once (`double[steps²][2]`, row by row from the
/// bottom, `x₁` varying fastest) and returns one class `0, 1, …` per point, so a network can
/// evaluate the whole grid as one batch. `figure()` returns the chart for more lines on top.
public final class DecisionRegions {
    private final String title;
    private final Function<double[][], int[]> classify;
    private double xMin = -1, xMax = 1, yMin = -1, yMax = 1;
    private int steps = 90;
    private int width = 520, height = 460;
    private double[][] points = new double[0][];
    private int[] labels = new int[0];
    private String[] classNames = {};

    private DecisionRegions(String title, Function<double[][], int[]> classify) {
        this.title = title;
        this.classify = classify;
    }

    /// Regions of `classify`, which maps grid points `(x₁, x₂)` to classes.
    public static DecisionRegions of(String title, Function<double[][], int[]> classify) {
        return new DecisionRegions(title, classify);
    }

    /// The rectangle shown and covered by the grid (default `[-1, 1]²`).
    public DecisionRegions area(double xMin, double xMax, double yMin, double yMax) {
        if (!(xMin < xMax && yMin < yMax)) {
            throw new IllegalArgumentException("area needs xMin < xMax and yMin < yMax, got "
                    + "[%s, %s] × [%s, %s]".formatted(xMin, xMax, yMin, yMax));
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        return this;
    }

    /// Grid points per axis (default 90): more is finer and slower.
    public DecisionRegions steps(int steps) {
        if (steps < 2) throw new IllegalArgumentException("steps must be >= 2, got " + steps);
        this.steps = steps;
        return this;
    }

    /// The chart size in (1×) pixels (default 520 × 460).
    public DecisionRegions size(int width, int height) {
        this.width = width;
        this.height = height;
        return this;
    }

    /// The data points (`n × 2`) and their classes, drawn over the regions.
    public DecisionRegions points(double[][] points, int[] labels) {
        if (points.length != labels.length) {
            throw new IllegalArgumentException("%d points but %d labels"
                    .formatted(points.length, labels.length));
        }
        this.points = points;
        this.labels = labels;
        return this;
    }

    /// Legend names for the classes, in class order (default `class 0`, `class 1`, …).
    public DecisionRegions classNames(String... names) {
        this.classNames = names;
        return this;
    }

    /// The finished chart, for further lines before saving; series added to it next get the
    /// colours after the classes'.
    public Figure figure() {
        Figure figure = Figure.of(title, "x₁", "x₂", width, height).legendOutside();
        double[][] grid = grid();
        int[] classes = classify.apply(grid);
        if (classes.length != grid.length) {
            throw new IllegalArgumentException("the classifier returned %d classes for %d points"
                    .formatted(classes.length, grid.length));
        }
        int classCount = 1 + Math.max(max(classes), max(labels));
        var tile = new Tile(figure.chart(), (xMax - xMin) / (steps - 1),
                (yMax - yMin) / (steps - 1));
        for (int c = 0; c < classCount; c++) {
            double[][] region = select(grid, classes, c);
            if (region.length == 0) continue;
            XYSeries s = figure.chart()
                    .addSeries("region " + c, column(region, 0), column(region, 1));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(tile);
            s.setMarkerColor(Style.tint(Style.color(c)));
            s.setShowInLegend(false);
        }
        for (int c = 0; c < classCount; c++) {
            double[][] mine = select(points, labels, c);
            if (mine.length > 0) figure.points(name(c), column(mine, 0), column(mine, 1), c);
        }
        return figure.range(xMin, xMax, yMin, yMax);
    }

    /// The chart drawn at twice the pixel density (see `Figure.render`).
    public BufferedImage render() {
        return figure().render();
    }

    /// Draws the chart and writes `name.png` (see `Figure.save`).
    public Path save(String name) {
        return figure().save(name);
    }

    private double[][] grid() {
        double[][] grid = new double[steps * steps][];
        for (int i = 0; i < steps; i++) {
            double x2 = yMin + (yMax - yMin) * i / (steps - 1);
            for (int j = 0; j < steps; j++) {
                grid[i * steps + j] = new double[] {xMin + (xMax - xMin) * j / (steps - 1), x2};
            }
        }
        return grid;
    }

    private String name(int c) {
        return c < classNames.length ? classNames[c] : "class " + c;
    }

    private static double[][] select(double[][] points, int[] classes, int c) {
        return IntStream.range(0, points.length).filter(i -> classes[i] == c)
                .mapToObj(i -> points[i]).toArray(double[][]::new);
    }

    private static double[] column(double[][] rows, int j) {
        return Arrays.stream(rows).mapToDouble(r -> r[j]).toArray();
    }

    private static int max(int[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /// A filled rectangle one grid step wide and high on screen, plus one pixel so that
    /// neighbouring tiles overlap and leave no white seams. The step in pixels is read from
    /// the chart while it paints, whatever the chart's size, legend or marker size.
    private static final class Tile extends Marker {
        private final XYChart chart;
        private final double xStep, yStep;

        Tile(XYChart chart, double xStep, double yStep) {
            this.chart = chart;
            this.xStep = xStep;
            this.yStep = yStep;
        }

        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            double w = Math.abs(chart.getScreenXFromChart(xStep) - chart.getScreenXFromChart(0));
            double h = Math.abs(chart.getScreenYFromChart(yStep) - chart.getScreenYFromChart(0));
            g.fill(new Rectangle2D.Double(xOffset - w / 2 - 0.5, yOffset - h / 2 - 0.5,
                    w + 1, h + 1));
        }
    }
}
