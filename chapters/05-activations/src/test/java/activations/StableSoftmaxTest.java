package activations;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "5.2", title = "Softmax that survives z = 1000",
        file = "activations/StableSoftmax.java",
        hints = {
            "Math.exp(1000) is Infinity, and Infinity / Infinity is NaN. Softmax does not change "
                    + "when you subtract the same number from every score.",
            "Find max = the largest zⱼ, compute e[j] = Math.exp(z[j] - max) into a new array, add "
                    + "them up, then divide every e[j] by the sum."})
class StableSoftmaxTest {

    // softmax([1, 2, 3]) = [e⁻², e⁻¹, 1] / (e⁻² + e⁻¹ + 1), worked by hand.
    private static final double[] ONE_TWO_THREE =
            {0.09003057317038046, 0.24472847105479764, 0.6652409557748219};

    private static void check(double[] z, double[] expected, String why) {
        double[] before = z.clone();
        String call = "StableSoftmax.of(z=%s)".formatted(array(z));
        double[] a = StableSoftmax.of(z);
        if (a != null) {
            for (int j = 0; j < a.length; j++) {
                if (Double.isNaN(a[j])) {
                    throw new AssertionError("%s: entry [%d] is NaN. %s".formatted(call, j, why));
                }
            }
        }
        Expect.near(call, expected, a, 1e-12);
        Expect.near(call + " must not modify z; z afterwards", before, z, 0);
    }

    @Test
    void smallScores() {
        check(new double[] {1, 2, 3}, ONE_TWO_THREE, "");
        check(new double[] {0, 0, 0, 0}, new double[] {0.25, 0.25, 0.25, 0.25}, "");
    }

    @Test
    void shiftingEveryScoreChangesNothing() {
        check(new double[] {1001, 1002, 1003}, ONE_TWO_THREE,
                "Math.exp(1001) overflows to Infinity; subtract the largest score first.");
    }

    @Test
    void veryNegativeScores() {
        check(new double[] {-1000, -1000}, new double[] {0.5, 0.5},
                "Math.exp(-1000) underflows to 0, and 0/0 is NaN; "
                        + "subtract the largest score first.");
    }

    @Test
    void oneHugeScoreTakesEverything() {
        check(new double[] {1000, 0, -1000}, new double[] {1, 0, 0},
                "Subtract the largest score first, so the biggest exponential is e⁰ = 1.");
    }
}
