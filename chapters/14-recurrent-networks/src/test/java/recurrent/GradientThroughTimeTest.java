package recurrent;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import nn.math.Rng;
import nn.recurrent.Rnn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@Exercise(id = "14.3", title = "Predict the gradient through time",
        file = "recurrent/GradientThroughTime.java", hints = {
            "Going back one step multiplies by ∂hₜ/∂hₜ₋₁ = w·tanh'(zₜ) = w·(1 − hₜ²). The steps "
                    + "multiply; they do not add.",
            "For stepsUntilBelow, multiply a running factor that starts at 1 by |w| until it "
                    + "drops below the threshold, counting the multiplications. Check that "
                    + "0.5 and 1e-6 give 20, since 0.5²⁰ ≈ 9.5e-7 but 0.5¹⁹ ≈ 1.9e-6."})
class GradientThroughTimeTest {

    @Test
    void factorByHand() {
        // w = 0.5, h = [0, 0.5]: 0.5·1 · 0.5·0.75 = 0.1875.
        Expect.near("GradientThroughTime.factor(0.5, [0, 0.5])", 0.1875,
                GradientThroughTime.factor(0.5, new double[] {0, 0.5}), 1e-15);
    }

    @Test
    void factorAgreesWithBackpropagationThroughTime() {
        var rng = new Rng(3);
        double w = 1.3;
        Rnn rnn = Rnn.of(Matrix.row(0.8), Matrix.row(w), Matrix.row(0.1));
        List<Matrix> xs = new ArrayList<>();
        for (int t = 0; t < 25; t++) xs.add(Matrix.row(rng.gaussian()));
        double[] h = rnn.forward(xs).stream().mapToDouble(Matrix::item).toArray();
        List<Matrix> gradOuts = new ArrayList<>(Collections.nCopies(25, (Matrix) null));
        gradOuts.set(24, Matrix.row(1.0));                   // L = h₂₅
        double expected = rnn.backward(gradOuts).initial().item();
        double actual = GradientThroughTime.factor(w, h);
        Expect.near("GradientThroughTime.factor(1.3, h₁…h₂₅) compared with Rnn.backward",
                expected, actual, 1e-12 * Math.abs(expected));
    }

    @Test
    void stepsUntilBelow() {
        Expect.equal("GradientThroughTime.stepsUntilBelow(0.5, 1e-6)", 20,
                GradientThroughTime.stepsUntilBelow(0.5, 1e-6));
        Expect.equal("GradientThroughTime.stepsUntilBelow(0.9, 0.01)", 44,
                GradientThroughTime.stepsUntilBelow(0.9, 0.01));
        Expect.equal("GradientThroughTime.stepsUntilBelow(-0.9, 0.01)", 44,
                GradientThroughTime.stepsUntilBelow(-0.9, 0.01));
        Expect.equal("GradientThroughTime.stepsUntilBelow(0.99, 0.5)", 69,
                GradientThroughTime.stepsUntilBelow(0.99, 0.5));
    }

    @Test
    void stepsUntilBelowRejectsFactorsThatNeverVanish() {
        Expect.rejects("GradientThroughTime.stepsUntilBelow(1.0, 0.01)",
                () -> GradientThroughTime.stepsUntilBelow(1.0, 0.01),
                "a factor of 1 per step never falls below 0.01");
        Expect.rejects("GradientThroughTime.stepsUntilBelow(1.5, 0.01)",
                () -> GradientThroughTime.stepsUntilBelow(1.5, 0.01), "1.5ᵏ grows");
        Expect.rejects("GradientThroughTime.stepsUntilBelow(0.5, 0)",
                () -> GradientThroughTime.stepsUntilBelow(0.5, 0), "no power of 0.5 is below 0");
    }
}
