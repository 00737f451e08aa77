package nn.train;

import java.util.Arrays;

/// A table of counts: row `t`, column `p` counts the examples of true class `t` that the model
/// predicted as class `p`. The diagonal holds the right answers, everything else a mistake.
/// Taught in chapter 11.
///
/// `counts` is copied in and out, so a `ConfusionMatrix` cannot change after it is made.
public record ConfusionMatrix(int[][] counts) {

    public ConfusionMatrix {
        if (counts.length == 0) throw new IllegalArgumentException("no classes");
        counts = copy(counts);
        for (int[] row : counts) {
            if (row.length != counts.length) {
                throw new IllegalArgumentException("a confusion matrix is square, got %d rows of %d"
                        .formatted(counts.length, row.length));
            }
        }
    }

    // tag::confusion-matrix[]
    /// Counts each pair (`actual[i]`, `predicted[i]`); classes are `0..classes−1`.
    public static ConfusionMatrix of(int[] actual, int[] predicted, int classes) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("%d true labels but %d predictions"
                    .formatted(actual.length, predicted.length));
        }
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            requireClass("true label", actual[i], i, classes);
            requireClass("prediction", predicted[i], i, classes);
            counts[actual[i]][predicted[i]]++; // row: true class, column: prediction
        }
        return new ConfusionMatrix(counts);
    }
    // end::confusion-matrix[]

    @Override
    public int[][] counts() { return copy(counts); }

    public int classes() { return counts.length; }

    /// How many examples of class `actual` were predicted as `predicted`.
    public int count(int actual, int predicted) { return counts[actual][predicted]; }

    public int total() { return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum(); }

    /// The share of examples on the diagonal: `Σₖ countsₖₖ / total`.
    public double accuracy() {
        int correct = 0;
        for (int k = 0; k < counts.length; k++) correct += counts[k][k];
        return (double) correct / total();
    }

    /// The share of class `c`'s examples predicted as `c` (its row's diagonal entry over the
    /// row sum); `NaN` when the class has no examples.
    public double recall(int c) {
        int row = Arrays.stream(counts[c]).sum();
        return row == 0 ? Double.NaN : (double) counts[c][c] / row;
    }

    /// The table with a header of predicted classes and one row per true class, e.g.
    /// ```
    /// true \ predicted    0    1
    ///                0    5    1
    ///                1    0    4
    /// ```
    public String table() {
        var out = new StringBuilder("true \\ predicted");
        for (int p = 0; p < counts.length; p++) out.append("%5d".formatted(p));
        for (int t = 0; t < counts.length; t++) {
            out.append("\n%16d".formatted(t));
            for (int p = 0; p < counts.length; p++) out.append("%5d".formatted(counts[t][p]));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() { return Arrays.deepHashCode(counts); }

    @Override
    public String toString() { return table(); }

    private static void requireClass(String what, int c, int i, int classes) {
        if (c < 0 || c >= classes) {
            throw new IllegalArgumentException("%s %d at position %d is outside 0..%d"
                    .formatted(what, c, i, classes - 1));
        }
    }

    private static int[][] copy(int[][] counts) {
        return Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
    }
}
