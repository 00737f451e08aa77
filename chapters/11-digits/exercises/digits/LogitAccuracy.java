package digits;

/// Exercise 11.4: accuracy is the share of examples whose predicted class (the argmax of the
/// row of logits) equals the true label.
public final class LogitAccuracy {
    private LogitAccuracy() {}

    /// Returns the number of rows `i` with `argmax(logits[i]) == labels[i]`, divided by the number
    /// of rows (ties go to the smallest column, as in exercise 11.3). Throws an
    /// `IllegalArgumentException` if there are no rows or the counts of rows and labels differ.
    public static double of(double[][] logits, int[] labels) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 11.4 not attempted yet");
    }
}
