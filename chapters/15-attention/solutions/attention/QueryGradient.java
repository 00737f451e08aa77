package attention;

/// Exercise 15.2: the backward pass of attention for one query. The output is
/// `y = Σᵢ aᵢvᵢ` with `a = softmax(s)`, `sᵢ = q·kᵢ/√d`; given `gradOut = ∂L/∂y`, return
/// `∂L/∂q`.
public final class QueryGradient {
    private QueryGradient() {}

    /// Returns `∂L/∂q` (as wide as `query`) for `∂L/∂y = gradOut` (as wide as a value).
    public static double[] of(double[] query, double[][] keys, double[][] values,
                              double[] gradOut) {
        double[] a = WeightSlope.weights(query, keys);
        double[] gradA = new double[keys.length];         // ∂L/∂aᵢ = gradOut · vᵢ
        double weighted = 0;                              // Σⱼ aⱼ·∂L/∂aⱼ
        for (int i = 0; i < keys.length; i++) {
            for (int c = 0; c < gradOut.length; c++) gradA[i] += gradOut[c] * values[i][c];
            weighted += a[i] * gradA[i];
        }
        double[] gradQ = new double[query.length];
        for (int i = 0; i < keys.length; i++) {
            double gradS = a[i] * (gradA[i] - weighted);  // softmax backward
            for (int c = 0; c < query.length; c++) {
                gradQ[c] += gradS * keys[i][c] / Math.sqrt(query.length); // ∂sᵢ/∂q = kᵢ/√d
            }
        }
        return gradQ;
    }
}
