package nn.losses;

import nn.math.Matrix;

/// A loss `L(ŷ, y)` averaged over the batch, and its gradient `∂L/∂ŷ`. Taught in chapter 6.
///
/// `yHat` and `y` are `n × k` (one row per example); `gradient` has the same shape and already
/// includes the `1/n` of the batch mean.
public sealed interface Loss permits Loss.Placeholder {

    /// The mean loss over the batch.
    double value(Matrix yHat, Matrix y);

    /// `∂L/∂ŷ`, same shape as `yHat`.
    Matrix gradient(Matrix yHat, Matrix y);

    /// A short lowercase name for printing, e.g. `mse`.
    String name();

    /// Removed once the real losses exist (issue 3).
    record Placeholder() implements Loss {
        public double value(Matrix yHat, Matrix y) { return 0; }
        public Matrix gradient(Matrix yHat, Matrix y) { return Matrix.zeros(yHat.rows(), yHat.cols()); }
        public String name() { return "placeholder"; }
    }
}
