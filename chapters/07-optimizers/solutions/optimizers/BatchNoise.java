package optimizers;

/// Exercise 7.5: how noisy a mini-batch gradient is, predicted from the per-example gradients.
public final class BatchNoise {
    private BatchNoise() {}

    /// The expected squared distance `E‖g_B − g‖²` between the mean gradient `g_B` of a batch
    /// of `batchSize` different examples, drawn at random without replacement, and the
    /// full-batch gradient `g`. Row `i` of `gradients` is example `i`'s gradient (`N × P`).
    public static double expectedSquaredError(double[][] gradients, int batchSize) {
        int n = gradients.length, p = gradients[0].length;
        double[] mean = new double[p];
        for (double[] g : gradients) for (int j = 0; j < p; j++) mean[j] += g[j] / n;
        double variance = 0; // σ² = (1/N) Σᵢ ‖gᵢ − g‖²
        for (double[] g : gradients) {
            for (int j = 0; j < p; j++) variance += (g[j] - mean[j]) * (g[j] - mean[j]) / n;
        }
        return variance / batchSize * (n - batchSize) / (n - 1.0);
    }
}
