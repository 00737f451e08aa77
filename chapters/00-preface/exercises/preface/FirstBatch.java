package preface;

import nn.math.Matrix;

/// Exercise 0.1: a batch is an `n × d` matrix with one example per row.
public final class FirstBatch {
    private FirstBatch() {}

    /// Returns the `n × d` batch whose row `i` is `examples[i]` (entry `(i, j)` is feature `j` of
    /// example `i`). Throws an `IllegalArgumentException` if there are no examples or if two
    /// examples have different lengths.
    public static Matrix of(double[][] examples) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 0.1 not attempted yet");
    }

    /// Returns feature `j` of every example: column `j` of `batch`, an array of length `n`.
    public static double[] feature(Matrix batch, int j) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 0.1 not attempted yet");
    }
}
