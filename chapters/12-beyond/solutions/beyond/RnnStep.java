package beyond;

/// Exercise 12.3: one step of a recurrent cell, `hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)`, for one
/// example, written with plain arrays.
public final class RnnStep {
    private RnnStep() {}

    /// Returns the new hidden state, entry `j` being
    /// `tanh(Σᵢ x[i]·wxh[i][j] + Σₗ h[l]·whh[l][j] + b[j])`. Shapes: `x` has `in` entries,
    /// `h` and `b` have `hidden`, `wxh` is `in × hidden`, `whh` is `hidden × hidden`.
    /// Must not modify `h`.
    public static double[] step(double[] x, double[] h, double[][] wxh, double[][] whh,
            double[] b) {
        double[] next = new double[b.length];
        for (int j = 0; j < next.length; j++) {
            double z = b[j];
            for (int i = 0; i < x.length; i++) z += x[i] * wxh[i][j];
            for (int l = 0; l < h.length; l++) z += h[l] * whh[l][j];
            next[j] = Math.tanh(z);
        }
        return next;
    }
}
