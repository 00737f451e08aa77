package neuron;

/// Exercise 1.4: the decision boundary of a two-input neuron is the line `w₁x₁ + w₂x₂ + b = 0`.
public final class DecisionBoundary {
    private DecisionBoundary() {}

    /// The `x₂` at which the boundary crosses the vertical line through `x₁`.
    /// Throws an `IllegalArgumentException` when `w₂ = 0` (the boundary is then vertical).
    public static double x2At(double[] weights, double bias, double x1) {
        if (weights[1] == 0) throw new IllegalArgumentException("w₂ = 0: the boundary is vertical");
        return -(weights[0] * x1 + bias) / weights[1];
    }
}
