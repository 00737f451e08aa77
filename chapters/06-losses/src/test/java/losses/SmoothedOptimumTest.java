package losses;

import nn.check.Exercise;
import nn.check.Expect;
import nn.losses.LabelSmoothing;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

@Exercise(id = "6.6", title = "Where smoothing stops the logits",
        file = "losses/SmoothedOptimum.java",
        hints = {
            "Predict first: at the minimum the gradient softmax(z) − y′ is zero. So what is "
                    + "softmax(z) there, and what does that say about e^(z_true) / e^(z_other)?",
            "The true class gets 1 − ε + ε/k, every other class ε/k. The minimum loss is the "
                    + "cross-entropy of y′ with itself: which quantity of the chapter is that?"})
class SmoothedOptimumTest {

    /// Gradient descent on the logits of one example, with the engine's loss: the truth the
    /// learner's formulas are compared with.
    private static Matrix descend(double epsilon, int k) {
        Matrix y = Matrix.zeros(1, k);
        y.set(0, 0, 1);
        Matrix z = Matrix.zeros(1, k);
        for (int step = 0; step < 20_000; step++) {
            z.addInPlace(LabelSmoothing.gradient(z, y, epsilon), -2.0);
        }
        return z;
    }

    @Test
    void predictsTheGapThatGradientDescentFinds() {
        for (double[] c : new double[][] {{0.1, 10}, {0.2, 3}, {0.01, 100}}) {
            double epsilon = c[0];
            int k = (int) c[1];
            Matrix z = descend(epsilon, k);
            String call = "SmoothedOptimum.logitGap(epsilon=%s, k=%d)"
                    .formatted(Expect.number(epsilon), k);
            Expect.near(call + ", compared with gradient descent on the logits",
                    z.get(0, 0) - z.get(0, 1), SmoothedOptimum.logitGap(epsilon, k), 1e-6);
        }
    }

    @Test
    void predictsTheLowestLoss() {
        for (double[] c : new double[][] {{0.1, 10}, {0.2, 3}, {0.01, 100}}) {
            double epsilon = c[0];
            int k = (int) c[1];
            Matrix y = Matrix.zeros(1, k);
            y.set(0, 0, 1);
            double reached = LabelSmoothing.value(descend(epsilon, k), y, epsilon);
            String call = "SmoothedOptimum.minimumLoss(epsilon=%s, k=%d)"
                    .formatted(Expect.number(epsilon), k);
            Expect.near(call + ", compared with the loss gradient descent reaches", reached,
                    SmoothedOptimum.minimumLoss(epsilon, k), 1e-9);
        }
    }
}
