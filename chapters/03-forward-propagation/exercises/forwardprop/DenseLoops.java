package forwardprop;

/// Exercise 3.1: a dense layer's forward pass `z = x·W + b` for a whole batch, with plain loops.
public final class DenseLoops {
    private DenseLoops() {}

    /// Returns `z` (`n × out`) with `z[i][j] = b[j] + Σₖ x[i][k]·w[k][j]`, for a batch `x`
    /// (`n × in`, one example per row), weights `w` (`in × out`, one column per unit) and
    /// bias `b` (`out` numbers). Throws an `IllegalArgumentException` when the shapes do not fit:
    /// every row of `x` must have `w.length` entries and `b` must have `w[0].length`.
    public static double[][] forward(double[][] x, double[][] w, double[] b) {
        // Your code here: three nested loops (example i, unit j, input k).
        throw new UnsupportedOperationException("exercise 3.1 not attempted yet");
    }
}
