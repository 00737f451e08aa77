package recurrent;

/// Exercise 14.4: the LSTM's cell-state path, `cₜ = fₜ ⊙ cₜ₋₁ + iₜ ⊙ gₜ`, for one unit.
public final class ForgetGate {
    private ForgetGate() {}

    /// `∂c_T/∂c₀` along the cell path alone, from the forget gates `f = [f₁, …, f_T]`.
    public static double cellPathGradient(double[] f) {
        double product = 1;
        for (double ft : f) product *= ft; // ∂cₜ/∂cₜ₋₁ = fₜ
        return product;
    }

    /// The forget-gate bias `b` for which the cell path keeps the fraction `keep` of its
    /// gradient over `steps` steps when the gate's weighted inputs are 0, so `f = σ(b)`
    /// at every step. Throws an `IllegalArgumentException` unless `steps >= 1` and
    /// `0 < keep < 1`.
    public static double biasFor(int steps, double keep) {
        if (steps < 1) throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        if (!(keep > 0 && keep < 1)) {
            throw new IllegalArgumentException("keep must be in (0, 1), got " + keep);
        }
        double f = Math.pow(keep, 1.0 / steps); // σ(b)^T = keep
        return Math.log(f / (1 - f));           // b = σ⁻¹(f)
    }
}
