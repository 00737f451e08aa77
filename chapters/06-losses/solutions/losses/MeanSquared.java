package losses;

import nn.math.Matrix;

/// Exercise 6.1: mean squared error `L = (1/n) Σᵢ Σⱼ (ŷᵢⱼ − yᵢⱼ)²` and its gradient, where `n`
/// is the number of rows (examples) of the `n × k` matrices `yHat` and `y`.
public final class MeanSquared {
    private MeanSquared() {}

    /// Returns `L`: the squared errors summed over each row's `k` outputs, averaged over the
    /// `n` rows.
    public static double value(Matrix yHat, Matrix y) {
        Matrix error = yHat.minus(y);
        return error.hadamard(error).sum() / yHat.rows();
    }

    /// Returns `∂L/∂ŷ`, an `n × k` matrix.
    public static Matrix gradient(Matrix yHat, Matrix y) {
        return yHat.minus(y).scale(2.0 / yHat.rows());
    }
}
