package preface;

import nn.math.Matrix;

/// Exercise 0.1: a batch is an `n × d` matrix with one example per row.
public final class FirstBatch {
    private FirstBatch() {}

    /// Returns the `n × d` batch whose row `i` is `examples[i]` (entry `(i, j)` is feature `j` of
    /// example `i`). Throws an `IllegalArgumentException` if there are no examples or if two
    /// examples have different lengths.
    public static Matrix of(double[][] examples) {
        if (examples.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one example");
        }
        for (int i = 1; i < examples.length; i++) {
            if (examples[i].length != examples[0].length) {
                throw new IllegalArgumentException("example %d has %d features but example 0 has %d"
                        .formatted(i, examples[i].length, examples[0].length));
            }
        }
        return Matrix.of(examples);
    }

    /// Returns feature `j` of every example: column `j` of `batch`, an array of length `n`.
    public static double[] feature(Matrix batch, int j) {
        double[] column = new double[batch.rows()];
        for (int i = 0; i < batch.rows(); i++) column[i] = batch.get(i, j);
        return column;
    }
}
