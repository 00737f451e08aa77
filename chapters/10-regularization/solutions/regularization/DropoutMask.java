package regularization;

import nn.math.Matrix;
import nn.math.Rng;

/// Exercise 10.2: the mask of inverted dropout.
public final class DropoutMask {
    private DropoutMask() {}

    /// A `rows × cols` mask for dropping with probability `p`: entry by entry, row by row, draw
    /// `u = rng.uniform()`; the entry is `0` if `u < p` and `1/(1 − p)` otherwise. Throws an
    /// `IllegalArgumentException` unless `0 ≤ p < 1`.
    public static Matrix of(int rows, int cols, double p, Rng rng) {
        if (!(p >= 0 && p < 1)) throw new IllegalArgumentException("p must be in [0, 1), got " + p);
        Matrix mask = Matrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) mask.set(i, j, rng.uniform() < p ? 0 : 1 / (1 - p));
        }
        return mask;
    }
}
