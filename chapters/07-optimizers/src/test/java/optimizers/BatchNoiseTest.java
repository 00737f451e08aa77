package optimizers;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "7.5", title = "The noise of a mini-batch", file = "optimizers/BatchNoise.java",
        hints = {
            "Predict the two ends first: a batch of all N examples is the full batch, so its "
                    + "error is exactly 0; a batch of one example is off by "
                    + "σ² = (1/N) Σᵢ ‖gᵢ − g‖² on average. Drawn with replacement, the error "
                    + "would be σ²/B, which is not 0 at B = N.",
            "Without replacement, σ²/B is multiplied by a correction factor that is 1 at "
                    + "B = 1, 0 at B = N, and linear in B in between (the finite-population "
                    + "correction). Write that line down, then check it against B = 2 of N = 3."})
class BatchNoiseTest {

    /// The exact answer by brute force: the mean of ‖g_B − g‖² over every batch of size b.
    private static double everyBatch(double[][] g, int b) {
        int n = g.length, p = g[0].length;
        double[] full = new double[p];
        for (double[] row : g) for (int j = 0; j < p; j++) full[j] += row[j] / n;
        double total = 0;
        int count = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) != b) continue;
            double[] mean = new double[p];
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) for (int j = 0; j < p; j++) mean[j] += g[i][j] / b;
            }
            for (int j = 0; j < p; j++) total += (mean[j] - full[j]) * (mean[j] - full[j]);
            count++;
        }
        return total / count;
    }

    @Test
    void matchesTheAverageOverEveryPossibleBatch() {
        Rng rng = new Rng(75);
        double[][] g = new double[8][3];
        for (double[] row : g) for (int j = 0; j < 3; j++) row[j] = rng.gaussian() + j;
        for (int b = 1; b <= 8; b++) {
            String call = "BatchNoise.expectedSquaredError(8 gradients of 3 numbers, batchSize=%d)"
                    .formatted(b);
            Expect.near(call + ", compared with the mean over all batches of that size",
                    everyBatch(g, b), BatchNoise.expectedSquaredError(g, b), 1e-12);
        }
    }

    @Test
    void handWorkedCase() {
        // Gradients 1 and 3 (one number each): g = 2, σ² = 1. A batch of one is off by 1 either
        // way, so E‖g₁ − g‖² = 1; a batch of both is exact.
        double[][] g = {{1}, {3}};
        Expect.near("BatchNoise.expectedSquaredError([[1], [3]], batchSize=1)", 1,
                BatchNoise.expectedSquaredError(g, 1), 1e-15);
        Expect.near("BatchNoise.expectedSquaredError([[1], [3]], batchSize=2)", 0,
                BatchNoise.expectedSquaredError(g, 2), 1e-15);
    }
}
