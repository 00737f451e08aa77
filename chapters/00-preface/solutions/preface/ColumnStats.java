package preface;

import nn.math.Matrix;

/// Exercise 0.3: the mean and standard deviation of one feature (one column) of a batch.
public final class ColumnStats {
    private ColumnStats() {}

    /// Returns the mean `μ = (1/n) Σᵢ x(i, j)` of column `j` of the `n × d` batch `x`.
    public static double mean(Matrix x, int j) {
        double sum = 0;
        for (int i = 0; i < x.rows(); i++) sum += x.get(i, j);
        return sum / x.rows();
    }

    /// Returns the standard deviation `σ = √((1/n) Σᵢ (x(i, j) − μ)²)` of column `j`
    /// (divide by `n`, not `n − 1`).
    public static double std(Matrix x, int j) {
        double mu = mean(x, j);
        double sum = 0;
        for (int i = 0; i < x.rows(); i++) sum += (x.get(i, j) - mu) * (x.get(i, j) - mu);
        return Math.sqrt(sum / x.rows());
    }
}
