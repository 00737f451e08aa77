package neuron;

/// Exercise 1.1: the weighted sum of a neuron, `z = w₁x₁ + w₂x₂ + ... + wₙxₙ + b`.
public final class WeightedSum {
    private WeightedSum() {}

    /// Returns `z = Σᵢ weights[i]·inputs[i] + bias`.
    /// Throws an `IllegalArgumentException` if `weights` and `inputs` differ in length.
    public static double of(double[] weights, double[] inputs, double bias) {
        if (weights.length != inputs.length) {
            throw new IllegalArgumentException("%d weights but %d inputs"
                    .formatted(weights.length, inputs.length));
        }
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * inputs[i];
        return z;
    }
}
