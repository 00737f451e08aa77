package digits;

/// Exercise 11.5: a confusion matrix counts, for every true class `t` and predicted class `p`,
/// how many examples of class `t` the model called `p`.
public final class Confusion {
    private Confusion() {}

    /// Returns a `classes × classes` table whose entry `[t][p]` counts the positions `i` with
    /// `actual[i] == t` and `predicted[i] == p` (rows: true class, columns: prediction).
    /// Throws an `IllegalArgumentException` if the two arrays differ in length.
    public static int[][] counts(int[] actual, int[] predicted, int classes) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("%d true labels but %d predictions"
                    .formatted(actual.length, predicted.length));
        }
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) counts[actual[i]][predicted[i]]++;
        return counts;
    }
}
