package nn.losses;

import nn.math.Matrix;

/// Categorical cross-entropy `L = −(1/n) Σᵢ Σⱼ yᵢⱼ·ln ŷᵢⱼ` for rows `ŷ` of predicted class
/// probabilities and targets `y` (one-hot or probability rows); `∂L/∂ŷ = −(y/ŷ)/n`.
/// Taught in chapter 6.
///
/// `ŷ` is clipped to `[1e-12, 1 − 1e-12]` (as in `BinaryCrossEntropy`) before the logarithm;
/// the gradient uses the clipped `ŷ`. When `ŷ` comes from a softmax, prefer
/// `SoftmaxCrossEntropy`, which is exact and has the simpler gradient `softmax(z) − y`.
public record CategoricalCrossEntropy() implements Loss {

    // tag::cce[]
    public double value(Matrix yHat, Matrix y) {
        check(yHat, y);
        Matrix logP = yHat.map(p -> Math.log(BinaryCrossEntropy.clip(p)));
        return -y.hadamard(logP).sum() / yHat.rows();
    }

    public Matrix gradient(Matrix yHat, Matrix y) {
        check(yHat, y);
        Matrix p = yHat.map(BinaryCrossEntropy::clip);
        return y.divide(p).scale(-1.0 / yHat.rows()); // ∂L/∂ŷ = −(y/ŷ)/n
    }
    // end::cce[]

    private static void check(Matrix yHat, Matrix y) {
        Loss.requireSameShape(yHat, y);
        Loss.requireProbabilityTargets(y, "categorical cross-entropy");
    }

    public String name() { return "cce"; }
}
