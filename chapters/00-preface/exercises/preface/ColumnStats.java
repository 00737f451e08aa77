package preface;

import nn.math.Matrix;

/// Exercise 0.3: the mean and standard deviation of one feature (one column) of a batch.
public final class ColumnStats {
    private ColumnStats() {}

    /// Returns the mean `μ = (1/n) Σᵢ x(i, j)` of column `j` of the `n × d` batch `x`.
    public static double mean(Matrix x, int j) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 0.3 not attempted yet");
    }

    /// Returns the standard deviation `σ = √((1/n) Σᵢ (x(i, j) − μ)²)` of column `j`
    /// (divide by `n`, not `n − 1`).
    public static double std(Matrix x, int j) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 0.3 not attempted yet");
    }
}
