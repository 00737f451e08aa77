package nn.attention;

import nn.math.Matrix;

/// The causal mask: position `i` may look at positions `j ≤ i` only, never at later ones. The
/// masked scores count as `−∞`, so their weights `e^(−∞) = 0`: row `i` of the result is the
/// softmax of its first `i + 1` scores, followed by zeros. Chapter 15.
///
/// The backward pass needs nothing new: `Softmax.backward` gives a masked entry the gradient
/// `aᵢⱼ·(…) = 0`, so no gradient flows into a score that was masked.
public final class CausalMask {
    private CausalMask() {}

    // tag::causal-softmax[]
    /// Row-wise softmax of a square `T × T` score matrix over the entries `j ≤ i` of row `i`.
    public static Matrix softmax(Matrix scores) {
        if (scores.rows() != scores.cols()) {
            throw new IllegalArgumentException(
                    "a causal mask needs square scores (queries and keys of one sequence), got "
                            + scores.shape());
        }
        scores.requireFinite("attention scores");
        double[][] a = new double[scores.rows()][scores.cols()];
        for (int i = 0; i < a.length; i++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j <= i; j++) max = Math.max(max, scores.get(i, j));
            for (int j = 0; j <= i; j++) {
                a[i][j] = Math.exp(scores.get(i, j) - max);
                sum += a[i][j];
            }
            for (int j = 0; j <= i; j++) a[i][j] /= sum; // entries j > i stay 0
        }
        return Matrix.of(a);
    }
    // end::causal-softmax[]
}
