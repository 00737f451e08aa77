package beyond;

/// Exercise 12.4: scaled dot-product attention for a single query `q`: score each key,
/// `sᵢ = q·kᵢ/√d`, turn the scores into weights with softmax, and average the values with them.
public final class AttendOne {
    private AttendOne() {}

    /// Returns the weights `softmax(s)` with `sᵢ = (query · keys[i]) / √d`, `d = query.length`.
    /// They are positive and sum to 1.
    public static double[] weights(double[] query, double[][] keys) {
        double[] w = new double[keys.length];
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int i = 0; i < keys.length; i++) {
            for (int j = 0; j < query.length; j++) w[i] += query[j] * keys[i][j];
            w[i] /= Math.sqrt(query.length);
            max = Math.max(max, w[i]);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(w[i] - max); // subtracting the max keeps exp from overflowing
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) w[i] /= sum;
        return w;
    }

    /// Returns `Σᵢ weights(query, keys)[i] · values[i]`: one row as wide as the values.
    public static double[] attend(double[] query, double[][] keys, double[][] values) {
        double[] w = weights(query, keys);
        double[] out = new double[values[0].length];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < out.length; j++) out[j] += w[i] * values[i][j];
        }
        return out;
    }
}
