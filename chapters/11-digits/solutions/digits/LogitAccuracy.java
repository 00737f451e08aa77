package digits;

/// Exercise 11.4: accuracy is the share of examples whose predicted class (the argmax of the
/// row of logits) equals the true label.
public final class LogitAccuracy {
    private LogitAccuracy() {}

    /// Returns the number of rows `i` with `argmax(logits[i]) == labels[i]`, divided by the number
    /// of rows (ties go to the smallest column, as in exercise 11.3). Throws an
    /// `IllegalArgumentException` if there are no rows or the counts of rows and labels differ.
    public static double of(double[][] logits, int[] labels) {
        if (logits.length == 0 || logits.length != labels.length) {
            throw new IllegalArgumentException("%d rows of logits but %d labels"
                    .formatted(logits.length, labels.length));
        }
        int correct = 0;
        for (int i = 0; i < logits.length; i++) {
            int best = 0;
            for (int j = 1; j < logits[i].length; j++) if (logits[i][j] > logits[i][best]) best = j;
            if (best == labels[i]) correct++;
        }
        return (double) correct / logits.length;
    }
}
