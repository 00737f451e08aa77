package nn.losses;

import nn.math.Matrix;

/// Binary cross-entropy `L = −(1/n) Σᵢ Σⱼ [y·ln ŷ + (1 − y)·ln(1 − ŷ)]` for predicted
/// probabilities `ŷ` and targets `y` in `[0, 1]`; `∂L/∂ŷ = (ŷ − y) / (ŷ·(1 − ŷ)) / n`.
/// Taught in chapter 6.
///
/// `ŷ` is clipped to `[1e-12, 1 − 1e-12]` before the logarithms, so a confident wrong answer
/// (`ŷ = 0`, `y = 1`) costs about 27.6 instead of infinity; the gradient uses the clipped `ŷ`.
/// When `ŷ` comes from a sigmoid, prefer `BinaryCrossEntropyWithLogits`, which needs no clipping.
public record BinaryCrossEntropy() implements Loss {
    /// How close to 0 or 1 a probability may get before we clip it.
    public static final double EPSILON = 1e-12;

    // tag::bce[]
    public double value(Matrix yHat, Matrix y) {
        check(yHat, y);
        Matrix losses = yHat.map(BinaryCrossEntropy::clip).zip(y, "bce",
                (p, t) -> -(t * Math.log(p) + (1 - t) * Math.log(1 - p)));
        return losses.sum() / yHat.rows();
    }

    public Matrix gradient(Matrix yHat, Matrix y) {
        check(yHat, y);
        return yHat.map(BinaryCrossEntropy::clip)
                .zip(y, "bce", (p, t) -> (p - t) / (p * (1 - p))) // ∂L/∂ŷ = (ŷ − y)/(ŷ(1 − ŷ))
                .scale(1.0 / yHat.rows());
    }
    // end::bce[]

    static double clip(double p) {
        return Math.clamp(p, EPSILON, 1 - EPSILON);
    }

    private static void check(Matrix yHat, Matrix y) {
        Loss.requireSameShape(yHat, y);
        Loss.requireProbabilityTargets(y, "binary cross-entropy");
    }

    public String name() { return "bce"; }
}
