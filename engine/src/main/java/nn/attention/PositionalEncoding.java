package nn.attention;

import nn.layers.Layer;
import nn.math.Matrix;

/// Adds a code for each token's position to the token, so that attention, which treats its
/// inputs as a set, can tell first from last. The sinusoidal code of Vaswani et al. (2017):
/// `P[t][2i] = sin(t / 10000^(2i/d))`, `P[t][2i + 1] = cos(t / 10000^(2i/d))` for position `t`
/// and width `d`. No parameters; the backward pass is the identity. Chapter 15.
public final class PositionalEncoding implements Layer {
    private final Matrix table;

    /// Codes for sequences of `length` tokens of `width` numbers.
    public PositionalEncoding(int length, int width) {
        this.table = table(length, width);
    }

    // tag::positional-table[]
    /// The `length × width` table `P`: even columns sines, odd columns cosines, each pair
    /// slower than the one before.
    public static Matrix table(int length, int width) {
        if (length < 1 || width < 2) {
            throw new IllegalArgumentException(
                    "positional codes need length >= 1 and width >= 2, got %d and %d"
                            .formatted(length, width));
        }
        double[][] p = new double[length][width];
        for (int t = 0; t < length; t++) {
            for (int j = 0; j < width; j++) {
                int twoI = j - j % 2;                            // 2i: 0, 0, 2, 2, 4, 4, …
                double angle = t / Math.pow(10000, twoI / (double) width);
                p[t][j] = j % 2 == 0 ? Math.sin(angle) : Math.cos(angle);
            }
        }
        return Matrix.of(p);
    }
    // end::positional-table[]

    public Matrix forward(Matrix x) {
        if (x.cols() != table.cols()) {
            throw new IllegalArgumentException("%s expects tokens of width %d, got %s"
                    .formatted(describe(), table.cols(), x.shape()));
        }
        int length = table.rows();
        var withPositions = new java.util.ArrayList<Matrix>();
        for (Matrix sequence : Sequences.split(x, length)) withPositions.add(sequence.plus(table));
        return Sequences.stack(withPositions);
    }

    public Matrix backward(Matrix gradOut) { return gradOut; } // ∂(x + P)/∂x = I

    public String describe() {
        return "PositionalEncoding(%d × %d)".formatted(table.rows(), table.cols());
    }
}
