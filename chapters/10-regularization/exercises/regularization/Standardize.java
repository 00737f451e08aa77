package regularization;

import nn.math.Matrix;

/// Exercise 10.1: standardize any inputs with the statistics of the training inputs.
public final class Standardize {
    private Standardize() {}

    /// Returns `(x − μ) / σ`, column by column, where `μⱼ` and `σⱼ` are the mean and the standard
    /// deviation `√((1/n) Σᵢ (trainᵢⱼ − μⱼ)²)` of column `j` of `train` (`n × d`), never of `x`.
    /// A column of `train` with `σⱼ = 0` uses `σⱼ = 1`. `x` is `m × d`; neither is modified.
    public static Matrix apply(Matrix train, Matrix x) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 10.1 not attempted yet");
    }
}
