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
        // Your code here.
        throw new UnsupportedOperationException("exercise 12.3 not attempted yet");
    }
}
