package recurrent;

/// Exercise 14.4: the LSTM's cell-state path, `cₜ = fₜ ⊙ cₜ₋₁ + iₜ ⊙ gₜ`, for one unit.
public final class ForgetGate {
    private ForgetGate() {}

    /// `∂c_T/∂c₀` along the cell path alone, from the forget gates `f = [f₁, …, f_T]`.
    public static double cellPathGradient(double[] f) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 14.4 not attempted yet");
    }

    /// The forget-gate bias `b` for which the cell path keeps the fraction `keep` of its
    /// gradient over `steps` steps when the gate's weighted inputs are 0, so `f = σ(b)`
    /// at every step. Throws an `IllegalArgumentException` unless `steps >= 1` and
    /// `0 < keep < 1`.
    public static double biasFor(int steps, double keep) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 14.4 not attempted yet");
    }
}
