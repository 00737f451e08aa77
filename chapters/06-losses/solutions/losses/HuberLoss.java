package losses;

import nn.math.Matrix;

/// Exercise 6.2: the Huber loss. For each residual `r = ŷ − y`, the loss is `½r²` when
/// `|r| ≤ δ` and `δ·(|r| − ½δ)` beyond; summed over each row, averaged over the `n` rows.
public final class HuberLoss {
    private HuberLoss() {}

    /// Returns the mean Huber loss of `yHat` against `y` (both `n × k`) with threshold `delta`.
    public static double value(Matrix yHat, Matrix y, double delta) {
        Matrix losses = yHat.minus(y)
                .map(r -> Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - 0.5 * delta));
        return losses.sum() / yHat.rows();
    }

    /// Returns `∂L/∂ŷ` (`n × k`).
    public static Matrix gradient(Matrix yHat, Matrix y, double delta) {
        return yHat.minus(y).map(r -> Math.clamp(r, -delta, delta)).scale(1.0 / yHat.rows());
    }
}
