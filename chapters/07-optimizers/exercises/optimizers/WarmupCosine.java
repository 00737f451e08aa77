package optimizers;

/// Exercise 7.3: a learning-rate schedule with a linear warm-up followed by cosine annealing.
public final class WarmupCosine {
    private WarmupCosine() {}

    /// The learning rate for `epoch` (0 for the first epoch):
    ///
    /// - for `epoch < warmup`: `initial · (epoch + 1) / warmup`, a straight rise to `initial`;
    /// - after that, with `p = min(1, (epoch − warmup) / (epochs − warmup))`:
    ///   `min + ½·(initial − min)·(1 + cos(π·p))`, from `initial` down to `min` at `epoch = epochs`
    ///   and `min` ever after.
    ///
    /// Throws an `IllegalArgumentException` unless `0 ≤ warmup < epochs`.
    public static double rate(int epoch, double initial, double min, int warmup, int epochs) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 7.3 not attempted yet");
    }
}
