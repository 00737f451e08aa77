package nn.data;

import nn.math.Matrix;

/// One-hot encoding: class `c` out of `k` becomes the row `eᶜ = (0, …, 0, 1, 0, …, 0)` with the
/// 1 in column `c`. Taught in chapter 6, where softmax cross-entropy compares `ŷ` with `eᶜ`.
public final class OneHot {
    private OneHot() {}

    // tag::one-hot[]
    /// An `n × classes` matrix whose row `i` is 1 in column `labels[i]` and 0 elsewhere.
    public static Matrix encode(int[] labels, int classes) {
        if (classes < 1) throw new IllegalArgumentException("classes must be >= 1, got " + classes);
        Matrix y = Matrix.zeros(labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label %d at row %d is outside 0..%d"
                        .formatted(labels[i], i, classes - 1));
            }
            y.set(i, labels[i], 1);
        }
        return y;
    }
    // end::one-hot[]

    /// The column of the largest entry in each row: the class a one-hot row (or a row of
    /// predicted probabilities) stands for.
    public static int[] decode(Matrix y) {
        int[] labels = new int[y.rows()];
        for (int i = 0; i < labels.length; i++) labels[i] = y.argmaxOfRow(i);
        return labels;
    }
}
