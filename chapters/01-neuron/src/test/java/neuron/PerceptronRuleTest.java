package neuron;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "1.3", title = "One perceptron step", file = "neuron/PerceptronRule.java", hints = {
        "First predict: ŷ = 1 when w·x + b ≥ 0 (note: ≥, not >), else 0. The error is y − ŷ.",
        "Copy the weights (weights.clone()) before changing them, then add η·error·x[i] to each."})
class PerceptronRuleTest {

    private static void check(double[] w, double b, double[] x, int y, double eta,
            double[] wantW, double wantB) {
        double[] before = w.clone();
        String call = "PerceptronRule.step(w=%s, b=%s, x=%s, y=%d, η=%s)"
                .formatted(array(w), Expect.number(b), array(x), y, Expect.number(eta));
        var update = PerceptronRule.step(w, b, x, y, eta);
        if (update == null) throw new AssertionError(call + " returned null");
        Expect.near(call + " weights", wantW, update.weights(), 1e-12);
        Expect.near(call + " bias", wantB, update.bias(), 1e-12);
        Expect.near(call + " must not modify the weights array you were given; it", before, w, 0);
    }

    @Test
    void movesTowardsAMissedPositive() {
        // z = -1·1 + 0 = -1 < 0 so ŷ = 0, y = 1: error +1.
        check(new double[] {-1, 0.5}, 0, new double[] {1, 0}, 1, 0.1,
                new double[] {-0.9, 0.5}, 0.1);
    }

    @Test
    void movesAwayFromAFalsePositive() {
        // z = 0 + 0 + 0 = 0 ≥ 0 so ŷ = 1, y = 0: error −1.
        check(new double[] {0, 0}, 0, new double[] {1, 1}, 0, 0.5, new double[] {-0.5, -0.5}, -0.5);
    }

    @Test
    void leavesACorrectPredictionAlone() {
        check(new double[] {2, -1}, 0.5, new double[] {1, 1}, 1, 0.3, new double[] {2, -1}, 0.5);
    }
}
