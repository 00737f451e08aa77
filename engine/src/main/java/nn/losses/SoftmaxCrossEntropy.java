package nn.losses;

import nn.activations.Softmax;
import nn.math.Matrix;

/// Softmax cross-entropy on logits: `L = (1/n) Σᵢ Σⱼ yᵢⱼ·(logSumExp(zᵢ) − zᵢⱼ)`, which is
/// `CategoricalCrossEntropy(softmax(z), y)` computed without ever taking `ln 0`;
/// `∂L/∂z = (softmax(z) − y)/n`. Taught in chapter 6.
///
/// Each target row must be one-hot or a probability row: entries in `[0, 1]` summing to 1
/// (the simple gradient relies on `Σⱼ yᵢⱼ = 1`).
public record SoftmaxCrossEntropy() implements Loss {

    // tag::softmax-cross-entropy[]
    public double value(Matrix z, Matrix y) {
        check(z, y);
        double total = 0;
        for (int i = 0; i < z.rows(); i++) {
            double[] zi = z.rowArray(i);
            double logSumExp = Softmax.logSumExp(zi);
            for (int j = 0; j < zi.length; j++) total += y.get(i, j) * (logSumExp - zi[j]);
        }
        return total / z.rows();
    }

    public Matrix gradient(Matrix z, Matrix y) {
        check(z, y);
        return Softmax.apply(z).minus(y).scale(1.0 / z.rows()); // ∂L/∂z = (softmax(z) − y)/n
    }
    // end::softmax-cross-entropy[]

    // Runs once per batch in value and once in gradient: plain loops, no row copies.
    private static void check(Matrix z, Matrix y) {
        Loss.requireSameShape(z, y);
        z.requireFinite("softmax cross-entropy logits");
        Loss.requireProbabilityTargets(y, "softmax cross-entropy");
        for (int i = 0; i < y.rows(); i++) {
            double sum = 0;
            for (int j = 0; j < y.cols(); j++) sum += y.get(i, j);
            if (Math.abs(sum - 1) > 1e-6) {
                throw new IllegalArgumentException(
                        "softmax cross-entropy needs target rows that sum to 1, row %d sums to %s"
                                .formatted(i, sum));
            }
        }
    }

    public String name() { return "softmax-ce"; }
}
