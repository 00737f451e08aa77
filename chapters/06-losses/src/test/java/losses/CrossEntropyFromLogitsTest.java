package losses;

import nn.check.Exercise;
import nn.check.Expect;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "6.4", title = "Cross-entropy from logits",
        file = "losses/CrossEntropyFromLogits.java",
        hints = {
            "−ln(e^(z_label) / Σ e^(zⱼ)) = ln Σ e^(zⱼ) − z_label. Compute the log-sum-exp with the "
                    + "maximum pulled out: m + ln Σ e^(zⱼ − m).",
            "gradient: softmax(z)ⱼ = e^(zⱼ − logSumExp), then subtract 1 at index label. Return a "
                    + "new array; do not change z."})
class CrossEntropyFromLogitsTest {

    /// The engine's softmax cross-entropy for one example (a 1 × k row and a one-hot target).
    private static Matrix oneHot(int k, int label) {
        double[] y = new double[k];
        y[label] = 1;
        return Matrix.row(y);
    }

    private static void check(double[] z, int label) {
        double[] before = z.clone();
        var engine = new SoftmaxCrossEntropy();
        String call = "CrossEntropyFromLogits.%s(z=%s, label=%d)";
        Matrix y = oneHot(z.length, label);
        Expect.near(call.formatted("value", array(z), label),
                engine.value(Matrix.row(z), y), CrossEntropyFromLogits.value(z, label), 1e-9);
        Expect.near(call.formatted("gradient", array(z), label),
                engine.gradient(Matrix.row(z), y).toArray(),
                CrossEntropyFromLogits.gradient(z, label), 1e-12);
        Expect.near(call.formatted("gradient", array(z), label)
                + " must not modify z; z afterwards", before, z, 0);
    }

    @Test
    void smallScores() {
        // z = [2, 1, 0.1], label 0: ln(e² + e + e^0.1) − 2 ≈ 0.4170.
        Expect.near("CrossEntropyFromLogits.value(z=[2, 1, 0.1], label=0)", 0.4170300162778333,
                CrossEntropyFromLogits.value(new double[] {2, 1, 0.1}, 0), 1e-12);
        check(new double[] {2, 1, 0.1}, 0);
        check(new double[] {2, 1, 0.1}, 2);
        check(new double[] {-0.5, 0.5, 3, -2}, 1);
    }

    @Test
    void staysFiniteForHugeScores() {
        // By hand: label 0 wins by 1000, so L = ln(1 + e^(−1000) + e^(−2000)) ≈ 0; label 2 loses
        // by 2000.
        double[] z = {1000, 0, -1000};
        for (int label : new int[] {0, 2}) {
            double v = CrossEntropyFromLogits.value(z, label);
            if (!Double.isFinite(v)) {
                throw new AssertionError(("CrossEntropyFromLogits.value(z=[1000, 0, -1000], "
                        + "label=%d) returned %s: e^1000 overflows; pull the maximum out of the "
                        + "log-sum-exp").formatted(label, v));
            }
        }
        Expect.near("CrossEntropyFromLogits.value(z=[1000, 0, -1000], label=0)", 0,
                CrossEntropyFromLogits.value(z, 0), 1e-9);
        Expect.near("CrossEntropyFromLogits.value(z=[1000, 0, -1000], label=2)", 2000,
                CrossEntropyFromLogits.value(z, 2), 1e-9);
        check(z, 1);
    }
}
