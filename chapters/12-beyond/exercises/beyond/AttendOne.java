package beyond;

/// Exercise 12.4: scaled dot-product attention for a single query `q`: score each key,
/// `sᵢ = q·kᵢ/√d`, turn the scores into weights with softmax, and average the values with them.
public final class AttendOne {
    private AttendOne() {}

    /// Returns the weights `softmax(s)` with `sᵢ = (query · keys[i]) / √d`, `d = query.length`.
    /// They are positive and sum to 1.
    public static double[] weights(double[] query, double[][] keys) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 12.4 not attempted yet");
    }

    /// Returns `Σᵢ weights(query, keys)[i] · values[i]`: one row as wide as the values.
    public static double[] attend(double[] query, double[][] keys, double[][] values) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 12.4 not attempted yet");
    }
}
