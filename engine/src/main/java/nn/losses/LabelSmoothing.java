package nn.losses;

import nn.math.Matrix;

/// Label smoothing: the targets `(1 − ε)·y + ε/k` for one-hot rows `y` of `k` classes, to train
/// with `SoftmaxCrossEntropy` in place of the one-hot ones. Taught in chapter 6.
///
/// The smoothed rows still sum to 1, so the loss keeps its gradient `(softmax(z) − y')/n`; its
/// minimum is no longer at infinite logits but where `softmax(z) = y'`.
public final class LabelSmoothing {
    private LabelSmoothing() {}

    // tag::smooth[]
    /// The smoothed targets `(1 − ε)·y + ε/k`, a new `n × k` matrix; `0 ≤ ε < 1`.
    public static Matrix smooth(Matrix y, double epsilon) {
        if (!(epsilon >= 0 && epsilon < 1)) {
            throw new IllegalArgumentException(
                    "label smoothing needs 0 ≤ ε < 1, got ε = " + epsilon);
        }
        Loss.requireProbabilityTargets(y, "label smoothing");
        double uniform = epsilon / y.cols();
        return y.map(t -> (1 - epsilon) * t + uniform);
    }
    // end::smooth[]

    /// The smoothed cross-entropy `SoftmaxCrossEntropy(z, smooth(y, ε))`.
    public static double value(Matrix z, Matrix y, double epsilon) {
        return new SoftmaxCrossEntropy().value(z, smooth(y, epsilon));
    }

    /// Its gradient `∂L/∂z = (softmax(z) − smooth(y, ε))/n`.
    public static Matrix gradient(Matrix z, Matrix y, double epsilon) {
        return new SoftmaxCrossEntropy().gradient(z, smooth(y, epsilon));
    }
}
