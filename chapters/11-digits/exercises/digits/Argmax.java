package digits;

/// Exercise 11.3: a classifier's prediction is the class with the largest output (the argmax).
/// Softmax keeps the order of the logits, so the argmax of the logits is enough.
public final class Argmax {
    private Argmax() {}

    /// Returns, for each row of `logits`, the column of its largest entry; on a tie, the
    /// smallest such column.
    public static int[] predict(double[][] logits) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 11.3 not attempted yet");
    }
}
