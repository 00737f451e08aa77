package regularization;

import nn.math.Matrix;

/// Exercise 10.1: standardize any inputs with the statistics of the training inputs.
public final class Standardize {
    private Standardize() {}

    /// Returns `(x − μ) / σ`, column by column, where `μⱼ` and `σⱼ` are the mean and the standard
    /// deviation `√((1/n) Σᵢ (trainᵢⱼ − μⱼ)²)` of column `j` of `train` (`n × d`), never of `x`.
    /// A column of `train` with `σⱼ = 0` uses `σⱼ = 1`. `x` is `m × d`; neither is modified.
    public static Matrix apply(Matrix train, Matrix x) {
        int n = train.rows(), d = train.cols();
        double[] mean = new double[d], std = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) mean[j] += train.get(i, j) / n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double c = train.get(i, j) - mean[j];
                std[j] += c * c / n;
            }
        }
        for (int j = 0; j < d; j++) std[j] = std[j] == 0 ? 1 : Math.sqrt(std[j]);
        Matrix z = Matrix.zeros(x.rows(), d);
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < d; j++) z.set(i, j, (x.get(i, j) - mean[j]) / std[j]);
        }
        return z;
    }
}
