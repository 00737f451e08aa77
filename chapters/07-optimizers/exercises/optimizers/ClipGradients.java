package optimizers;

/// Exercise 7.4: clipping by global norm over several gradient arrays.
public final class ClipGradients {
    private ClipGradients() {}

    /// With `‖g‖ = √(Σ over all arrays of Σ gᵢ²)`: if `‖g‖ > maxNorm`, multiplies every entry of
    /// every array by `maxNorm / ‖g‖` (in place); otherwise changes nothing. Returns `‖g‖` as it
    /// was before clipping. Throws an `IllegalArgumentException` unless `maxNorm > 0`.
    public static double byGlobalNorm(double[][] gradients, double maxNorm) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 7.4 not attempted yet");
    }
}
