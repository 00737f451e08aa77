package nn.plot;

import java.util.Arrays;

/// Counts of values in `bins` equal-width bins from `min` to `max`, and the outline of the bars
/// as a step line that `Figure.line` can draw, so several histograms can share one chart.
/// Values outside `[min, max]` are not counted. Chapter 8 draws activations with it.
public record Histogram(double min, double max, int[] counts, int total) {

    /// Bins `values` into `bins` bins of width `(max − min) / bins`; a value equal to `max`
    /// goes into the last bin.
    public static Histogram of(double[] values, double min, double max, int bins) {
        if (!(max > min) || bins < 1) {
            throw new IllegalArgumentException("need max > min and bins >= 1, got [%s, %s] and %d"
                    .formatted(min, max, bins));
        }
        int[] counts = new int[bins];
        for (double v : values) {
            if (v < min || v > max) continue;
            counts[Math.min(bins - 1, (int) ((v - min) / (max - min) * bins))]++;
        }
        return new Histogram(min, max, counts, values.length);
    }

    public double binWidth() { return (max - min) / counts.length; }

    /// The share of all values (counted or not) in each bin, divided by the bin width, so the
    /// area under the outline is the share of values inside `[min, max]`.
    public double[] density() {
        return Arrays.stream(counts).mapToDouble(c -> c / (total * binWidth())).toArray();
    }

    /// The x coordinates of the outline: each bin's left and right edge.
    public double[] stepX() {
        double[] x = new double[2 * counts.length];
        for (int b = 0; b < counts.length; b++) {
            x[2 * b] = min + b * binWidth();
            x[2 * b + 1] = min + (b + 1) * binWidth();
        }
        return x;
    }

    /// The y coordinates of the outline: each bin's density twice (flat top).
    public double[] stepY() {
        double[] d = density(), y = new double[2 * d.length];
        for (int b = 0; b < d.length; b++) y[2 * b] = y[2 * b + 1] = d[b];
        return y;
    }
}
