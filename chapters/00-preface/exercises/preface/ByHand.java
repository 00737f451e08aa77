package preface;

import nn.math.Matrix;

/// Exercise 0.2: one example times a weight matrix, written out with loops.
public final class ByHand {
    private ByHand() {}

    /// Returns the row `z = x·W` for one example `x` (length `in`) and weights `w` (`in × out`):
    /// `z[k] = Σⱼ x[j]·w(j, k)`, an array of length `out`. Use loops and `w.get(j, k)`, not
    /// `Matrix.times`. Throws an `IllegalArgumentException` if `x.length != w.rows()`.
    public static double[] times(double[] x, Matrix w) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 0.2 not attempted yet");
    }
}
