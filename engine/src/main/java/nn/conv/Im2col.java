package nn.conv;

import nn.math.Matrix;

/// Turns a convolution into one matrix product: every `k × k` patch of the input becomes a
/// column, so that the feature maps are `kernels · columns`. Taught in chapter 13.
///
/// For `n` examples of shape `c × h × w` the columns matrix is `(c·k·k) × (n·oh·ow)` with
/// `oh = h − k + 1` and `ow = w − k + 1`: row `(ch, a, b)` (at `(ch·k + a)·k + b`) and column
/// `(e, i, j)` (at `(e·oh + i)·ow + j`) hold `x_e[ch][i + a][j + b]`. A kernel stored as a row
/// in the same `(ch, a, b)` order meets every patch of every example in one product.
public final class Im2col {
    private Im2col() {}

    // tag::im2col[]
    /// The patches of the `n` examples stored one after another in `x` (each of shape `in`).
    public static Matrix columns(double[] x, int n, Volume in, int k) {
        requireExamples(x.length, n, in);
        int oh = in.height() - k + 1, ow = in.width() - k + 1, width = n * oh * ow;
        double[] cols = new double[in.channels() * k * k * width];
        int r = 0; // the row (ch, a, b) being filled
        for (int ch = 0; ch < in.channels(); ch++) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++, r++) {
                    for (int e = 0; e < n; e++) {
                        for (int i = 0; i < oh; i++) {
                            // columns (e, i, 0 … ow−1) of row (ch, a, b): x_e[ch][i + a][b …]
                            int from = e * in.size() + in.index(ch, i + a, b);
                            System.arraycopy(x, from, cols, r * width + (e * oh + i) * ow, ow);
                        }
                    }
                }
            }
        }
        return Matrix.wrap(in.channels() * k * k, width, cols);
    }
    // end::im2col[]

    private static void requireExamples(int length, int n, Volume in) {
        if (n < 1 || length != n * in.size()) {
            throw new IllegalArgumentException("%d examples of %s need %d values, got %d"
                    .formatted(n, in, n * in.size(), length));
        }
    }
}
