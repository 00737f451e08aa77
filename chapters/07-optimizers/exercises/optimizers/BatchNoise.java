package optimizers;

/// Exercise 7.5: how noisy a mini-batch gradient is, predicted from the per-example gradients.
public final class BatchNoise {
    private BatchNoise() {}

    /// The expected squared distance `E‖g_B − g‖²` between the mean gradient `g_B` of a batch
    /// of `batchSize` different examples, drawn at random without replacement, and the
    /// full-batch gradient `g`. Row `i` of `gradients` is example `i`'s gradient (`N × P`).
    public static double expectedSquaredError(double[][] gradients, int batchSize) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 7.5 not attempted yet");
    }
}
