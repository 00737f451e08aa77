package attention;

/// Exercise 15.1: how one attention weight `aᵢ = softmax(s)ᵢ`, with scores `sⱼ = q·kⱼ/√d`,
/// changes when the query `q` moves: the gradient `∂aᵢ/∂q`, a vector as wide as `q`.
public final class WeightSlope {
    private WeightSlope() {}

    /// Returns `∂aᵢ/∂q` for `i = index`, where `d = query.length`.
    public static double[] ofQuery(double[] query, double[][] keys, int index) {
        int d = query.length;
        double[] a = weights(query, keys);
        // ∂aᵢ/∂q = Σⱼ aᵢ(δᵢⱼ − aⱼ)·kⱼ/√d = aᵢ·(kᵢ − Σⱼ aⱼkⱼ)/√d
        double[] slope = new double[d];
        for (int c = 0; c < d; c++) {
            double averageKey = 0;
            for (int j = 0; j < keys.length; j++) averageKey += a[j] * keys[j][c];
            slope[c] = a[index] * (keys[index][c] - averageKey) / Math.sqrt(d);
        }
        return slope;
    }

    static double[] weights(double[] query, double[][] keys) {
        double[] a = new double[keys.length];
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int j = 0; j < keys.length; j++) {
            for (int c = 0; c < query.length; c++) a[j] += query[c] * keys[j][c];
            a[j] /= Math.sqrt(query.length);
            max = Math.max(max, a[j]);
        }
        for (int j = 0; j < a.length; j++) {
            a[j] = Math.exp(a[j] - max);
            sum += a[j];
        }
        for (int j = 0; j < a.length; j++) a[j] /= sum;
        return a;
    }
}
