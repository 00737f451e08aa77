package neuron;

/// Exercise 1.4: the decision boundary of a two-input neuron is the line `w₁x₁ + w₂x₂ + b = 0`.
public final class DecisionBoundary {
    private DecisionBoundary() {}

    /// The `x₂` at which the boundary crosses the vertical line through `x₁`.
    /// Throws an `IllegalArgumentException` when `w₂ = 0` (the boundary is then vertical).
    public static double x2At(double[] weights, double bias, double x1) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 1.4 not attempted yet");
    }
}
