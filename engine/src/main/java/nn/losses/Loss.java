package nn.losses;

import nn.math.Matrix;

import java.util.List;

/// A loss `L(ŷ, y)` averaged over the batch, and its gradient `∂L/∂ŷ`. Taught in chapter 6.
///
/// `yHat` and `y` are `n × k` (one row per example); `gradient` has the same shape and already
/// includes the `1/n` of the batch mean. Every loss sums over the `k` columns of a row and
/// averages over the `n` rows.
public sealed interface Loss
        permits MeanSquaredError, MeanAbsoluteError, Huber, BinaryCrossEntropy,
                BinaryCrossEntropyWithLogits, CategoricalCrossEntropy, SoftmaxCrossEntropy {

    // tag::loss-interface[]
    /// The mean loss over the batch.
    double value(Matrix yHat, Matrix y);

    /// `∂L/∂ŷ`, same shape as `yHat`.
    Matrix gradient(Matrix yHat, Matrix y);

    /// A short lowercase name for printing, e.g. `mse`.
    String name();
    // end::loss-interface[]

    /// One instance of every loss, in the order the book introduces them (Huber with `δ = 1`).
    static List<Loss> all() {
        return List.of(new MeanSquaredError(), new MeanAbsoluteError(), new Huber(1.0),
                new BinaryCrossEntropy(), new BinaryCrossEntropyWithLogits(),
                new CategoricalCrossEntropy(), new SoftmaxCrossEntropy());
    }

    /// Checks that predictions and targets line up, naming both shapes if not, and that there is
    /// at least one example.
    static void requireSameShape(Matrix yHat, Matrix y) {
        if (yHat.rows() != y.rows() || yHat.cols() != y.cols()) {
            throw new IllegalArgumentException(
                    "loss needs predictions and targets of one shape, got ŷ %s and y %s"
                            .formatted(yHat.shape(), y.shape()));
        }
        if (yHat.rows() == 0) { // the mean over no examples would be 0/0
            throw new IllegalArgumentException(
                    "loss needs at least one example, got ŷ " + yHat.shape());
        }
    }

    /// Checks that every target is a probability in `[0, 1]` (cross-entropy losses), naming the
    /// first entry that is not.
    static void requireProbabilityTargets(Matrix y, String loss) {
        for (int i = 0; i < y.rows(); i++) {
            for (int j = 0; j < y.cols(); j++) {
                double v = y.get(i, j);
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException(
                            "%s needs targets in [0, 1], got y = %s in row %d (column %d)"
                                    .formatted(loss, v, i, j));
                }
            }
        }
    }
}
