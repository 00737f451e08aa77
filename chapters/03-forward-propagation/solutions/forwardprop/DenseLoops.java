package forwardprop;

/// Exercise 3.1: a dense layer's forward pass `z = x·W + b` for a whole batch, with plain loops.
public final class DenseLoops {
    private DenseLoops() {}

    /// Returns `z` (`n × out`) with `z[i][j] = b[j] + Σₖ x[i][k]·w[k][j]`, for a batch `x`
    /// (`n × in`, one example per row), weights `w` (`in × out`, one column per unit) and
    /// bias `b` (`out` numbers). Throws an `IllegalArgumentException` when the shapes do not fit:
    /// every row of `x` must have `w.length` entries and `b` must have `w[0].length`.
    public static double[][] forward(double[][] x, double[][] w, double[] b) {
        int in = w.length, out = w[0].length;
        if (b.length != out) {
            throw new IllegalArgumentException("W is %d×%d, so b needs %d entries, got %d"
                    .formatted(in, out, out, b.length));
        }
        double[][] z = new double[x.length][out];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != in) {
                throw new IllegalArgumentException("row %d of x has %d entries, W has %d rows"
                        .formatted(i, x[i].length, in));
            }
            for (int j = 0; j < out; j++) {
                double sum = b[j];
                for (int k = 0; k < in; k++) sum += x[i][k] * w[k][j];
                z[i][j] = sum;
            }
        }
        return z;
    }
}
