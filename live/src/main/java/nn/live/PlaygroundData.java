package nn.live;

import nn.data.Dataset;
import nn.data.Datasets;
import nn.data.Split;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 10: the playground's 200 points, 150 to train on and the last 50 (25 %) held out
/// for validation, and a data window around them (`x0, x1, y0, y1`) with the same scale on
/// both axes of a chart `ASPECT` times as high as it is wide. The points come from `Datasets`,
/// already shuffled, with seed 3 as in the chapter's scripts.
record PlaygroundData(Dataset train, Dataset validation, double[] window) {
    static final int POINTS = 200, TRAIN = 150;
    static final long SEED = 3;
    static final double ASPECT = 0.8; // of the chart the points are drawn on

    static PlaygroundData of(String dataset) {
        var rng = new Rng(SEED);
        Dataset all = switch (dataset) {
            case "XOR" -> xorCloud(POINTS, 0.2, rng);
            case "circles" -> Datasets.circles(POINTS, 0.1, 0.5, rng);
            case "spirals" -> Datasets.twoSpirals(POINTS / 2, 0.05, rng);
            default -> Datasets.moons(POINTS, 0.2, rng);
        };
        Split split = Split.atRow(all, TRAIN);
        return new PlaygroundData(split.train(), split.test(), window(all.x(), ASPECT));
    }

    /// `Datasets.xor()` has only the four corners, too few to train on or to hold any out, so
    /// the playground draws a cloud of `n` points around them: corner `(a, b)` with `a, b` in
    /// `{0, 1}` picked at random, plus `N(0, noise²)` on each coordinate, labelled `a ⊕ b`.
    static Dataset xorCloud(int n, double noise, Rng rng) {
        double[][] points = new double[n][];
        int[] labels = new int[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int a = rng.nextInt(2), b = rng.nextInt(2);
            points[i] = new double[] {a + noise * rng.gaussian(), b + noise * rng.gaussian()};
            labels[i] = a ^ b;
            y[i] = labels[i];
        }
        return new Dataset(Matrix.of(points), Matrix.column(y), labels, "xor");
    }

    /// The points' bounding box, padded, then widened in `x` or `y` so that one data unit is
    /// as long across as up on a chart `aspect` times as high as it is wide.
    private static double[] window(Matrix x, double aspect) {
        double xLow = Double.MAX_VALUE, xHigh = -Double.MAX_VALUE;
        double yLow = Double.MAX_VALUE, yHigh = -Double.MAX_VALUE;
        for (int i = 0; i < x.rows(); i++) {
            xLow = Math.min(xLow, x.get(i, 0));
            xHigh = Math.max(xHigh, x.get(i, 0));
            yLow = Math.min(yLow, x.get(i, 1));
            yHigh = Math.max(yHigh, x.get(i, 1));
        }
        double halfWidth = (xHigh - xLow) / 2 + 0.25, halfHeight = (yHigh - yLow) / 2 + 0.25;
        halfWidth = Math.max(halfWidth, halfHeight / aspect);
        halfHeight = halfWidth * aspect;
        double cx = (xLow + xHigh) / 2, cy = (yLow + yHigh) / 2;
        return new double[] {cx - halfWidth, cx + halfWidth, cy - halfHeight, cy + halfHeight};
    }
}
