package digits;

/// Exercise 11.2: one-hot encoding turns the label `c` into a row of `classes` numbers that is 1
/// in column `c` and 0 everywhere else, the target a network with one output per class needs.
public final class OneHotLabels {
    private OneHotLabels() {}

    /// Returns `labels.length` rows of `classes` entries; row `i` is 1 in column `labels[i]`.
    /// Throws an `IllegalArgumentException` if a label lies outside `0..classes−1`.
    public static double[][] encode(int[] labels, int classes) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 11.2 not attempted yet");
    }
}
