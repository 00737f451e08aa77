package nn.losses;

import nn.math.Matrix;

/// A loss `L(ŷ, y)` averaged over the batch, and its gradient `∂L/∂ŷ`. Taught in chapter 6.
///
/// `yHat` and `y` are `n × k` (one row per example); `gradient` has the same shape and already
/// includes the `1/n` of the batch mean.
public sealed interface Loss permits MeanSquaredError {

    /// The mean loss over the batch.
    double value(Matrix yHat, Matrix y);

    /// `∂L/∂ŷ`, same shape as `yHat`.
    Matrix gradient(Matrix yHat, Matrix y);

    /// A short lowercase name for printing, e.g. `mse`.
    String name();

    /// Checks that predictions and targets line up, naming both shapes if not.
    static void requireSameShape(Matrix yHat, Matrix y) {
        if (yHat.rows() != y.rows() || yHat.cols() != y.cols()) {
            throw new IllegalArgumentException("loss needs predictions and targets of one shape, got ŷ %s and y %s"
                    .formatted(yHat.shape(), y.shape()));
        }
    }
}
