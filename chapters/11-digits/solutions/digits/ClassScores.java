package digits;

/// Exercise 11.6: precision, recall and F1 of one class from a confusion matrix `counts`
/// (`counts[t][p]`: examples of true class `t` predicted as `p`).
public final class ClassScores {
    private ClassScores() {}

    /// Of the examples predicted as `c`, the share that are `c`; 0 if nothing was predicted `c`.
    public static double precision(int[][] counts, int c) {
        int called = 0;
        for (int[] row : counts) called += row[c];
        return called == 0 ? 0 : (double) counts[c][c] / called;
    }

    /// Of the examples that are `c`, the share predicted as `c`; 0 if there are none.
    public static double recall(int[][] counts, int c) {
        int actual = 0;
        for (int n : counts[c]) actual += n;
        return actual == 0 ? 0 : (double) counts[c][c] / actual;
    }

    /// The harmonic mean `2PR / (P + R)`; 0 when both are 0.
    public static double f1(int[][] counts, int c) {
        double p = precision(counts, c), r = recall(counts, c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
