package nn.attention;

import nn.math.Matrix;

import java.util.ArrayList;
import java.util.List;

/// A batch of sequences stored as one matrix: `b` sequences of `length` tokens, each token a
/// row, so the batch is `(b·length) × width` and sequence `s` is rows `s·length` to
/// `(s + 1)·length − 1`. Layers that treat tokens one by one (`Dense`, `LayerNorm`) take the
/// whole batch at once; only attention mixes rows, and only within a sequence. Chapter 15.
public final class Sequences {
    private Sequences() {}

    /// How many sequences of `length` rows `x` holds; rejects a row count that does not divide.
    public static int count(Matrix x, int length) {
        if (length < 1 || x.rows() == 0 || x.rows() % length != 0) {
            throw new IllegalArgumentException(
                    "a batch of sequences of length %d needs a positive multiple of %d rows, got %s"
                            .formatted(length, length, x.shape()));
        }
        return x.rows() / length;
    }

    /// Sequence `s` of the batch: rows `s·length` to `(s + 1)·length − 1`, copied.
    public static Matrix get(Matrix x, int length, int s) {
        return x.rowRange(s * length, (s + 1) * length);
    }

    /// The sequences of `x`, in order.
    public static List<Matrix> split(Matrix x, int length) {
        List<Matrix> parts = new ArrayList<>();
        for (int s = 0; s < count(x, length); s++) parts.add(get(x, length, s));
        return parts;
    }

    /// The matrices' rows one after the other (all must have the same width).
    public static Matrix stack(List<Matrix> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("nothing to stack");
        int rows = 0, cols = parts.getFirst().cols();
        for (Matrix p : parts) {
            if (p.cols() != cols) {
                throw new IllegalArgumentException("stacking needs equal widths, got %d and %d"
                        .formatted(cols, p.cols()));
            }
            rows += p.rows();
        }
        double[] data = new double[rows * cols];
        int at = 0;
        for (Matrix p : parts) {
            double[] d = p.toArray();
            System.arraycopy(d, 0, data, at, d.length);
            at += d.length;
        }
        return Matrix.wrap(rows, cols, data);
    }
}
