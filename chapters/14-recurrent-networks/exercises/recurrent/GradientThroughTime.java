package recurrent;

/// Exercise 14.3: how a gradient changes on its way back through a recurrent network with one
/// unit, `hₜ = tanh(w·hₜ₋₁ + u·xₜ + b)`.
public final class GradientThroughTime {
    private GradientThroughTime() {}

    /// `∂h_T/∂h₀` for the states `h = [h₁, …, h_T]` of a forward pass with recurrent weight `w`.
    public static double factor(double w, double[] h) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 14.3 not attempted yet");
    }

    /// The fewest steps back after which the factor is below `threshold`, if the unit stays
    /// near 0 (where tanh' = 1), so that each step multiplies by `|w|`. Throws an
    /// `IllegalArgumentException` if `|w| >= 1` (then it never gets there) or `threshold` is
    /// not in (0, 1).
    public static int stepsUntilBelow(double w, double threshold) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 14.3 not attempted yet");
    }
}
