package attention;

/// Exercise 15.2: the backward pass of attention for one query. The output is
/// `y = Σᵢ aᵢvᵢ` with `a = softmax(s)`, `sᵢ = q·kᵢ/√d`; given `gradOut = ∂L/∂y`, return
/// `∂L/∂q`.
public final class QueryGradient {
    private QueryGradient() {}

    /// Returns `∂L/∂q` (as wide as `query`) for `∂L/∂y = gradOut` (as wide as a value).
    public static double[] of(double[] query, double[][] keys, double[][] values,
                              double[] gradOut) {
        // Your code here. WeightSlope.weights(query, keys) gives you a = softmax(s).
        throw new UnsupportedOperationException("exercise 15.2 not attempted yet");
    }
}
