package nn.train;

import nn.math.Matrix;

/// Inputs `x` (`n × d`) and targets `y` (`n × k`) for training, checked on the way in, and
/// optional validation data (`null` when there is none).
record TrainingData(Matrix x, Matrix y, Matrix xVal, Matrix yVal) {

    /// Training data with validation data given (`xVal` may be null) or split off the end.
    static TrainingData of(Matrix x, Matrix y, double split, Matrix xVal, Matrix yVal) {
        check("x", "y", x, y);
        if (xVal == null) return split(x, y, split);
        if (split > 0) {
            throw new IllegalArgumentException(
                    "set either validationSplit or validationData, not both");
        }
        if (xVal.cols() != x.cols() || yVal.cols() != y.cols()) {
            throw new IllegalArgumentException(
                    "validation data must have the columns of x %s and y %s, got %s and %s"
                            .formatted(x.shape(), y.shape(), xVal.shape(), yVal.shape()));
        }
        return new TrainingData(x, y, xVal, yVal);
    }

    /// Checks that `x` and `y` have one row per example and only finite numbers.
    static void check(String xName, String yName, Matrix x, Matrix y) {
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(
                    "%s and %s need one row per example, got %s %s and %s %s"
                            .formatted(xName, yName, xName, x.shape(), yName, y.shape()));
        }
        if (x.rows() == 0) {
            throw new IllegalArgumentException("no examples: " + xName + " is " + x.shape());
        }
        requireFinite(xName, x);
        requireFinite(yName, y);
    }

    private static void requireFinite(String name, Matrix m) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                if (!Double.isFinite(m.get(i, j))) {
                    throw new IllegalArgumentException(
                            "%s row %d holds %s in column %d; fix or drop that example"
                                    .formatted(name, i, m.get(i, j), j));
                }
            }
        }
    }

    /// The first `⌊n·(1 − fraction)⌋` rows train, the rest validate (none when `fraction = 0`).
    private static TrainingData split(Matrix x, Matrix y, double fraction) {
        if (fraction == 0) return new TrainingData(x, y, null, null);
        int n = x.rows(), nTrain = (int) (n * (1 - fraction));
        if (nTrain < 1 || nTrain == n) {
            throw new IllegalArgumentException(
                    "a validation split of %s of %d rows leaves %d rows to train, %d to validate"
                            .formatted(fraction, n, nTrain, n - nTrain));
        }
        return new TrainingData(x.rowRange(0, nTrain), y.rowRange(0, nTrain),
                x.rowRange(nTrain, n), y.rowRange(nTrain, n));
    }

    boolean hasValidation() { return xVal != null; }
}
