package recurrent;

/// Exercise 14.3: how a gradient changes on its way back through a recurrent network with one
/// unit, `hₜ = tanh(w·hₜ₋₁ + u·xₜ + b)`.
public final class GradientThroughTime {
    private GradientThroughTime() {}

    /// `∂h_T/∂h₀` for the states `h = [h₁, …, h_T]` of a forward pass with recurrent weight `w`.
    public static double factor(double w, double[] h) {
        double product = 1;
        for (double ht : h) product *= w * (1 - ht * ht); // one step back: w · tanh'(zₜ)
        return product;
    }

    /// The fewest steps back after which the factor is below `threshold`, if the unit stays
    /// near 0 (where tanh' = 1), so that each step multiplies by `|w|`. Throws an
    /// `IllegalArgumentException` if `|w| >= 1` (then it never gets there) or `threshold` is
    /// not in (0, 1).
    public static int stepsUntilBelow(double w, double threshold) {
        if (!(Math.abs(w) < 1)) {
            throw new IllegalArgumentException("|w| must be < 1 to vanish, got " + w);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        int steps = 0;
        for (double f = 1; f >= threshold; f *= Math.abs(w)) steps++;
        return steps;
    }
}
