package cnn;

import nn.beyond.Convolution;
import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "13.2", title = "Backward through a 1-D convolution",
        file = "cnn/Conv1dBackward.java", hints = {
            "Before you write code, work out y = [1, 2, 3] ⋆ [1, −1] and which inputs each "
                    + "y[n] touched: an input's gradient collects one term from each of them.",
            "Scatter instead of gather: for every n and m, y[n] used x[n + m] with weight k[m], "
                    + "so gradOut[n]·k[m] belongs to gradIn[n + m].",
            "The kernel's gradient is a cross-correlation again: slide gradOut along x."})
class Conv1dBackwardTest {

    @Test
    void gradInputWorkedByHand() {
        // y[n] = x[n+1] − x[n]; gradOut = [1, 2]: x[0] gets −1, x[1] gets 1 − 2, x[2] gets 2
        Expect.near("Conv1dBackward.gradInput(gradOut=[1, 2], kernel=[-1, 1])",
                new double[] {-1, -1, 2},
                Conv1dBackward.gradInput(new double[] {1, 2}, new double[] {-1, 1}), 1e-12);
    }

    @Test
    void gradKernelWorkedByHand() {
        // ∂L/∂k[0] = 1·x[0] + 2·x[1] = 1 + 4, ∂L/∂k[1] = 1·x[1] + 2·x[2] = 2 + 6
        Expect.near("Conv1dBackward.gradKernel(x=[1, 2, 3], gradOut=[1, 2])",
                new double[] {5, 8},
                Conv1dBackward.gradKernel(new double[] {1, 2, 3}, new double[] {1, 2}), 1e-12);
    }

    @Test
    void bothMatchFiniteDifferences() {
        Rng rng = new Rng(13);
        double[] x = gaussian(7, rng), k = gaussian(3, rng), r = gaussian(5, rng);
        double[] gradX = Conv1dBackward.gradInput(r, k), gradK = Conv1dBackward.gradKernel(x, r);
        String args = "(x=%s, kernel=%s, gradOut=%s)".formatted(array(x), array(k), array(r));
        Expect.near("gradInput" + args, numeric(x, x, k, r), gradX, 1e-7);
        Expect.near("gradKernel" + args, numeric(k, x, k, r), gradK, 1e-7);
    }

    @Test
    void rejectsAGradientLongerThanTheInput() {
        Expect.rejects("Conv1dBackward.gradKernel(x=[1, 2], gradOut=[1, 1, 1])",
                () -> Conv1dBackward.gradKernel(new double[] {1, 2}, new double[] {1, 1, 1}),
                "two inputs give at most two outputs");
    }

    /// Central differences of `L = Σₙ (x ⋆ k)[n]·r[n]` with respect to each entry of `v`
    /// (which is `x` or `k`).
    private static double[] numeric(double[] v, double[] x, double[] k, double[] r) {
        double h = 1e-5;
        double[] grad = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double original = v[i];
            v[i] = original + h;
            double plus = loss(x, k, r);
            v[i] = original - h;
            double minus = loss(x, k, r);
            v[i] = original;
            grad[i] = (plus - minus) / (2 * h);
        }
        return grad;
    }

    private static double loss(double[] x, double[] k, double[] r) {
        double[] y = Convolution.crossCorrelate(x, k);
        double sum = 0;
        for (int n = 0; n < y.length; n++) sum += y[n] * r[n];
        return sum;
    }

    private static double[] gaussian(int n, Rng rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rng.gaussian();
        return v;
    }
}
