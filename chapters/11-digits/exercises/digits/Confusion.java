package digits;

/// Exercise 11.5: a confusion matrix counts, for every true class `t` and predicted class `p`,
/// how many examples of class `t` the model called `p`.
public final class Confusion {
    private Confusion() {}

    /// Returns a `classes × classes` table whose entry `[t][p]` counts the positions `i` with
    /// `actual[i] == t` and `predicted[i] == p` (rows: true class, columns: prediction).
    /// Throws an `IllegalArgumentException` if the two arrays differ in length.
    public static int[][] counts(int[] actual, int[] predicted, int classes) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 11.5 not attempted yet");
    }
}
