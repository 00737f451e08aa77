package neuron;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "1.1", title = "Weighted sum", file = "neuron/WeightedSum.java", hints = {
        "Start from z = bias, then add weights[i] * inputs[i] for every i in a for loop.",
        "Compare weights.length with inputs.length before the loop and throw if they differ."})
class WeightedSumTest {

    private static void check(double[] w, double[] x, double b, double expected) {
        String call = "WeightedSum.of(w=%s, x=%s, b=%s)"
                .formatted(array(w), array(x), Expect.number(b));
        Expect.near(call, expected, WeightedSum.of(w, x, b), 1e-12);
    }

    @Test
    void addsProductsAndBias() {
        check(new double[] {0.5, -1}, new double[] {2, 3}, 0.25, 0.5 * 2 - 3 + 0.25);
        check(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 0, 6);
    }

    @Test
    void biasAloneWhenInputsAreZero() {
        check(new double[] {7, -4}, new double[] {0, 0}, -0.5, -0.5);
    }

    @Test
    void matchesTheChaptersExampleNeuron() {
        // The chapter's neuron: w = [0.2, -0.4, 0.7], b = 0.1 on x = [1.5, -0.5, 2.0].
        check(new double[] {0.2, -0.4, 0.7}, new double[] {1.5, -0.5, 2.0}, 0.1,
                0.3 + 0.2 + 1.4 + 0.1);
    }

    @Test
    void rejectsMismatchedLengths() {
        Expect.rejects("WeightedSum.of(w=[1, 2], x=[1, 2, 3], b=0)",
                () -> WeightedSum.of(new double[] {1, 2}, new double[] {1, 2, 3}, 0),
                "there are 2 weights but 3 inputs");
    }
}
