package nn.beyond;

import nn.activations.Softmax;
import nn.math.Matrix;

/// Scaled dot-product attention, `softmax(Q·Kᵀ/√d)·V` (Vaswani et al., 2017): each query row
/// of `Q` (`nq × d`) scores every key row of `K` (`nk × d`), softmax turns a query's scores
/// into weights that sum to 1, and the output row is that weighted average of the value rows
/// of `V` (`nk × dv`). Taught in chapter 12.
public final class Attention {
    private Attention() {}

    // tag::attention-weights[]
    /// The `nq × nk` weights `softmax(Q·Kᵀ/√d)`, row by row.
    public static Matrix weights(Matrix q, Matrix k) {
        if (q.cols() != k.cols()) {
            throw new IllegalArgumentException(
                    "queries and keys need the same width d, got %s and %s"
                            .formatted(q.shape(), k.shape()));
        }
        Matrix scores = q.times(k.transpose()).scale(1 / Math.sqrt(q.cols())); // Q·Kᵀ/√d
        return Softmax.apply(scores);
    }
    // end::attention-weights[]

    // tag::attention[]
    /// The `nq × dv` output `softmax(Q·Kᵀ/√d)·V`.
    public static Matrix attend(Matrix q, Matrix k, Matrix v) {
        if (k.rows() != v.rows()) {
            throw new IllegalArgumentException("every key needs one value, got K %s and V %s"
                    .formatted(k.shape(), v.shape()));
        }
        return weights(q, k).times(v);
    }
    // end::attention[]
}
