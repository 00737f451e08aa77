package recurrent;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import nn.math.Rng;
import nn.recurrent.Rnn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nn.check.Expect.array;

@Exercise(id = "14.1", title = "One step of backpropagation through time",
        file = "recurrent/BpttStep.java", hints = {
            "Two factors, in this order: the slope of tanh at step t, then the way back through "
                    + "the recurrent weights. tanh' is 1 − tanh², and h already is the tanh.",
            "δ[j] = gradH[j]·(1 − h[j]²); unit l of the previous state reached every unit j "
                    + "through whh[l][j], so its gradient is Σⱼ δ[j]·whh[l][j]."})
class BpttStepTest {

    private static void check(double[] gradH, double[] h, double[][] whh, double[] expected) {
        double[] gradBefore = gradH.clone(), hBefore = h.clone();
        String call = "BpttStep.previousStateGradient(gradH=%s, h=%s, ...)"
                .formatted(array(gradH), array(h));
        double[] actual = BpttStep.previousStateGradient(gradH, h, whh);
        if (actual != null && actual.length == expected.length) {
            String cause = likelyCause(gradH, h, whh, actual);
            if (!cause.isEmpty()) throw new AssertionError(call + ": " + cause);
        }
        Expect.near(call, expected, actual, 1e-12);
        Expect.near(call + " must not modify gradH; gradH", gradBefore, gradH, 0);
        Expect.near(call + " must not modify h; h", hBefore, h, 0);
    }

    @Test
    void oneUnitByHand() {
        // The text's step 3 → 2: ∂L/∂h₃ = −0.559199, h₃ = −0.059199, w = 0.8.
        double h3 = -0.059199, gradH3 = -0.559199;
        check(new double[] {gradH3}, new double[] {h3}, new double[][] {{0.8}},
                new double[] {gradH3 * (1 - h3 * h3) * 0.8});
    }

    @Test
    void twoUnitsWithAnAsymmetricMatrix() {
        // δ = [1·(1 − 0.25), 2·(1 − 0)] = [0.75, 2]; δ·W_hhᵀ: row l of W_hh dotted with δ:
        // l = 0: 0.75·1 + 2·3 = 6.75; l = 1: 0.75·0 + 2·(−1) = −2.
        check(new double[] {1, 2}, new double[] {0.5, 0}, new double[][] {{1, 3}, {0, -1}},
                new double[] {6.75, -2});
    }

    @Test
    void agreesWithTheEnginesBackwardPass() {
        var rng = new Rng(14);
        int hidden = 4;
        Matrix whh = Matrix.gaussian(hidden, hidden, 0.6, rng);
        Rnn rnn = Rnn.of(Matrix.gaussian(1, hidden, 1, rng), whh, Matrix.zeros(1, hidden));
        Matrix h0 = Matrix.gaussian(1, hidden, 0.5, rng);
        Matrix gradH = Matrix.gaussian(1, hidden, 1, rng);
        Matrix h1 = rnn.forward(List.of(Matrix.row(0.7)), h0).getFirst();
        Matrix expected = rnn.backward(List.of(gradH)).initial();   // ∂L/∂h₀ from ∂L/∂h₁
        check(gradH.toArray(), h1.toArray(), whh.toArray2d(), expected.toArray());
    }

    /// Compares a wrong answer with the usual mistakes.
    private static String likelyCause(double[] gradH, double[] h, double[][] whh, double[] a) {
        int n = h.length;
        double[] noSlope = new double[n], untransposed = new double[n], oneMinusH = new double[n];
        for (int l = 0; l < n; l++) {
            for (int j = 0; j < n; j++) {
                noSlope[l] += gradH[j] * whh[l][j];
                untransposed[l] += gradH[j] * (1 - h[j] * h[j]) * whh[j][l];
                oneMinusH[l] += gradH[j] * (1 - h[j]) * whh[l][j];
            }
        }
        double[] right = BpttStepTest.right(gradH, h, whh);
        if (same(a, right)) return "";
        if (same(a, noSlope)) return "the tanh slope (1 − h²) is missing: multiply gradH by it "
                + "before going back through W_hh.";
        if (same(a, untransposed)) return "you went through W_hh instead of its transpose: "
                + "unit l of hₜ₋₁ reaches unit j of hₜ through whh[l][j], so sum δ[j]·whh[l][j].";
        if (same(a, oneMinusH)) return "tanh'(z) is 1 − h², not 1 − h.";
        return "";
    }

    private static double[] right(double[] gradH, double[] h, double[][] whh) {
        double[] out = new double[h.length];
        for (int l = 0; l < h.length; l++) {
            for (int j = 0; j < h.length; j++) out[l] += gradH[j] * (1 - h[j] * h[j]) * whh[l][j];
        }
        return out;
    }

    private static boolean same(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 1e-12) return false;
        return true;
    }
}
