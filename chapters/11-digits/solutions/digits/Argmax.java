package digits;

/// Exercise 11.3: a classifier's prediction is the class with the largest output (the argmax).
/// Softmax keeps the order of the logits, so the argmax of the logits is enough.
public final class Argmax {
    private Argmax() {}

    /// Returns, for each row of `logits`, the column of its largest entry; on a tie, the
    /// smallest such column.
    public static int[] predict(double[][] logits) {
        int[] predicted = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            int best = 0;
            for (int j = 1; j < logits[i].length; j++) {
                if (logits[i][j] > logits[i][best]) best = j; // > keeps the first on a tie
            }
            predicted[i] = best;
        }
        return predicted;
    }
}
