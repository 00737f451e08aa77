package digits;

/// Exercise 11.6: precision, recall and F1 of one class from a confusion matrix `counts`
/// (`counts[t][p]`: examples of true class `t` predicted as `p`).
public final class ClassScores {
    private ClassScores() {}

    /// Of the examples predicted as `c`, the share that are `c`; 0 if nothing was predicted `c`.
    public static double precision(int[][] counts, int c) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 11.6 not attempted yet");
    }

    /// Of the examples that are `c`, the share predicted as `c`; 0 if there are none.
    public static double recall(int[][] counts, int c) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 11.6 not attempted yet");
    }

    /// The harmonic mean `2PR / (P + R)`; 0 when both are 0.
    public static double f1(int[][] counts, int c) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 11.6 not attempted yet");
    }
}
