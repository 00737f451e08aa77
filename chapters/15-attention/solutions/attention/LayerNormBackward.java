package attention;

/// Exercise 15.4: the backward pass of layer normalization for one row `x` of `d` numbers,
/// without `γ` and `β`: `y = x̂ = (x − μ)/√(σ² + ε)` with the row's mean `μ` and variance
/// `σ² = (1/d) Σⱼ (xⱼ − μ)²`. Given `gradOut = ∂L/∂y`, return `∂L/∂x`.
public final class LayerNormBackward {
    private LayerNormBackward() {}

    public static double[] gradIn(double[] x, double[] gradOut, double eps) {
        int d = x.length;
        double mean = 0, var = 0;
        for (double v : x) mean += v / d;
        for (double v : x) var += (v - mean) * (v - mean) / d;
        double invStd = 1 / Math.sqrt(var + eps);
        double sum = 0, sumXHat = 0;
        for (int j = 0; j < d; j++) {
            sum += gradOut[j];
            sumXHat += gradOut[j] * (x[j] - mean) * invStd;
        }
        double[] gradIn = new double[d];
        for (int j = 0; j < d; j++) {
            double xHat = (x[j] - mean) * invStd;
            gradIn[j] = invStd / d * (d * gradOut[j] - sum - xHat * sumXHat);
        }
        return gradIn;
    }
}
