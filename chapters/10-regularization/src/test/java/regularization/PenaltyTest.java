package regularization;

import nn.check.Exercise;
import nn.check.Expect;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.optim.ProximalL1;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

@Exercise(id = "10.3", title = "L2 and L1 penalties", file = "regularization/Penalty.java",
        hints = {
            "The derivative of (λ/2)·w² is λ·w, and the derivative of λ·|w| is λ·sign(w).",
            "Matrix has what you need: w.hadamard(w).sum(), w.scale(lambda), w.map(Math::abs), "
                    + "w.map(v -> lambda * Math.signum(v)).",
            "For the prediction, move each weight 0.1 towards 0: where does a weight closer "
                    + "than 0.1 end up under each rule?"})
class PenaltyTest {

    // No entry near 0, where |w| has its kink and finite differences would be wrong.
    private static final Matrix W = Matrix.of(new double[] {0.5, -1.5, 2},
            new double[] {-0.25, 1, -3});

    @Test
    void valuesByHand() {
        // Σ w² = 0.25 + 2.25 + 4 + 0.0625 + 1 + 9 = 16.5625;
        // Σ |w| = 0.5 + 1.5 + 2 + 0.25 + 1 + 3 = 8.25
        Expect.near("Penalty.l2(W, λ=0.1)", 0.05 * 16.5625, Penalty.l2(W, 0.1), 1e-12);
        Expect.near("Penalty.l1(W, λ=0.1)", 0.1 * 8.25, Penalty.l1(W, 0.1), 1e-12);
    }

    private static void checkGradient(String name, Matrix analytic,
                                      java.util.function.ToDoubleFunction<Matrix> value) {
        if (analytic == null) throw new AssertionError(name + " returned null");
        Report report = GradientCheck.compare(name, W.copy(), value, analytic);
        var wrong = report.firstWrong(1e-6);
        if (wrong != null) {
            throw new AssertionError("%s does not match finite differences of the penalty: %s"
                    .formatted(name, wrong));
        }
    }

    @Test
    void l2GradientMatchesFiniteDifferences() {
        checkGradient("Penalty.l2Gradient(W, λ=0.3)", Penalty.l2Gradient(W, 0.3),
                w -> 0.15 * w.hadamard(w).sum());
    }

    @Test
    void l1GradientMatchesFiniteDifferences() {
        checkGradient("Penalty.l1Gradient(W, λ=0.3)", Penalty.l1Gradient(W, 0.3),
                w -> 0.3 * w.map(Math::abs).sum());
    }

    @Test
    void l1GradientIsZeroAtZero() {
        Expect.near("Penalty.l1Gradient([[0, 2]], λ=1)", new double[] {0, 1},
                Penalty.l1Gradient(Matrix.row(0, 2), 1).toArray(), 0);
    }

    /// The prediction against a subgradient step computed here and the engine's `ProximalL1`,
    /// so a wrong `l1Gradient` cannot confirm it.
    @Test
    void predictionOfExactZeros() {
        Matrix start = Matrix.row(0.5, -0.05, 0.02, -2);
        Matrix subgradient = start.minus(start.map(v -> 0.1 * Math.signum(v))); // w − η·λ·sign(w)
        var proximal = new Parameter("w", start.copy());                         // grad stays 0
        new ProximalL1(0.1, 1).step(List.of(proximal));
        int[] actual = {zeros(subgradient), zeros(proximal.value())};
        int[] predicted = Penalty.predictedExactZeros();
        if (!Arrays.equals(actual, predicted)) {
            throw new AssertionError(("you predicted %s exact zeros; the steps give %s after the "
                    + "subgradient step and %s after the proximal step").formatted(
                    Arrays.toString(predicted), Arrays.toString(subgradient.toArray()),
                    Arrays.toString(proximal.value().toArray())));
        }
    }

    private static int zeros(Matrix m) {
        return (int) Arrays.stream(m.toArray()).filter(v -> v == 0).count();
    }
}
