package preface;

import nn.math.Matrix;

/// Exercise 0.2: one example times a weight matrix, written out with loops.
public final class ByHand {
    private ByHand() {}

    /// Returns the row `z = x·W` for one example `x` (length `in`) and weights `w` (`in × out`):
    /// `z[k] = Σⱼ x[j]·w(j, k)`, an array of length `out`. Use loops and `w.get(j, k)`, not
    /// `Matrix.times`. Throws an `IllegalArgumentException` if `x.length != w.rows()`.
    public static double[] times(double[] x, Matrix w) {
        if (x.length != w.rows()) {
            throw new IllegalArgumentException("x has %d entries but w is %s"
                    .formatted(x.length, w.shape()));
        }
        double[] z = new double[w.cols()];
        for (int k = 0; k < w.cols(); k++) {
            for (int j = 0; j < x.length; j++) z[k] += x[j] * w.get(j, k);
        }
        return z;
    }
}
