package optimizers;

/// Exercise 7.4: clipping by global norm over several gradient arrays.
public final class ClipGradients {
    private ClipGradients() {}

    /// With `‖g‖ = √(Σ over all arrays of Σ gᵢ²)`: if `‖g‖ > maxNorm`, multiplies every entry of
    /// every array by `maxNorm / ‖g‖` (in place); otherwise changes nothing. Returns `‖g‖` as it
    /// was before clipping. Throws an `IllegalArgumentException` unless `maxNorm > 0`.
    public static double byGlobalNorm(double[][] gradients, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("maxNorm must be > 0, got " + maxNorm);
        }
        double sumSquares = 0;
        for (double[] g : gradients) for (double gi : g) sumSquares += gi * gi;
        double norm = Math.sqrt(sumSquares);
        if (norm > maxNorm) {
            for (double[] g : gradients) for (int i = 0; i < g.length; i++) g[i] *= maxNorm / norm;
        }
        return norm;
    }
}
