package neuron;

/// Exercise 1.3: one step of the perceptron learning rule, without changing the inputs.
public final class PerceptronRule {
    private PerceptronRule() {}

    /// New weights and bias after one step.
    public record Update(double[] weights, double bias) {}

    /// Predicts `ŷ = 1 if w·x + b ≥ 0 else 0`, then returns `w + η(y − ŷ)x` and `b + η(y − ŷ)`.
    /// Must not modify the array `weights`.
    public static Update step(double[] weights, double bias, double[] x, int y,
            double learningRate) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 1.3 not attempted yet");
    }
}
