package gradientdescent;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "2.1", title = "One gradient descent step",
        file = "gradientdescent/GradientStep.java",
        hints = {
            "Each weight moves against its own gradient entry: w[i] − η·gradient[i].",
            "Make a new array of the same length, fill it in a loop, and return it; never write "
                    + "into w."})
class GradientStepTest {

    private static void check(double[] w, double[] gradient, double eta, double[] expected) {
        double[] before = w.clone();
        String call = "GradientStep.step(w=%s, gradient=%s, η=%s)"
                .formatted(array(w), array(gradient), Expect.number(eta));
        Expect.near(call, expected, GradientStep.step(w, gradient, eta), 1e-12);
        Expect.near(call + " must not modify w; afterwards w", before, w, 0);
    }

    @Test
    void movesAgainstTheGradient() {
        // f(x) = x² at x = 5: f'(5) = 10, so x ← 5 − 0.1·10 = 4 (the chapter's first step).
        check(new double[] {5}, new double[] {10}, 0.1, new double[] {4});
        // [1, −2] − 0.5·[4, −6] = [1 − 2, −2 + 3] = [−1, 1].
        check(new double[] {1, -2}, new double[] {4, -6}, 0.5, new double[] {-1, 1});
    }

    @Test
    void zeroGradientMeansNoMove() {
        double[] w = {0.3, -0.7, 2};
        check(w, new double[] {0, 0, 0}, 0.1, w.clone());
    }

    @Test
    void rejectsMismatchedLengths() {
        Expect.rejects("GradientStep.step(w=[1, 2], gradient=[1], η=0.1)",
                () -> GradientStep.step(new double[] {1, 2}, new double[] {1}, 0.1),
                "there are 2 weights but only 1 gradient entry");
    }
}
