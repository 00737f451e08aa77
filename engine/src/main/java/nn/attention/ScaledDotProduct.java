package nn.attention;

import nn.activations.Softmax;
import nn.math.Matrix;

/// Scaled dot-product attention with its backward pass: `S = Q·Kᵀ/√d`, `A = softmax(S)` row by
/// row, `Y = A·V`. `Q` is `T × d` (one query per row), `K` is `T' × d`, `V` is `T' × dv`, so
/// `S` and `A` are `T × T'` and `Y` is `T × dv`. Chapter 12 meets the forward pass
/// (`nn.beyond.Attention`); chapter 15 derives the backward pass and adds the causal mask.
///
/// One object serves one forward and then one backward call: `forward` caches `Q`, `K`, `V`
/// and `A`, and `backward` reads them.
public final class ScaledDotProduct {
    private final boolean causal;
    private Matrix q, k, v;  // written by forward, read by backward
    private Matrix weights;  // A = softmax(S), T × T'; same lifetime

    /// Attention over all keys, or (`causal`) over keys at the query's position or earlier.
    public ScaledDotProduct(boolean causal) {
        this.causal = causal;
    }

    /// The gradients of the loss with respect to `Q`, `K` and `V`, each of its input's shape.
    public record Gradients(Matrix q, Matrix k, Matrix v) {}

    // tag::attention-forward[]
    public Matrix forward(Matrix q, Matrix k, Matrix v) {
        requireShapes(q, k, v);
        this.q = q;
        this.k = k;
        this.v = v;
        double scale = 1 / Math.sqrt(q.cols());
        Matrix scores = q.timesTranspose(k).scale(scale);                 // S = Q·Kᵀ/√d
        weights = causal ? CausalMask.softmax(scores) : Softmax.apply(scores); // A = softmax(S)
        return weights.times(v);                                          // Y = A·V
    }
    // end::attention-forward[]

    // tag::attention-backward[]
    public Gradients backward(Matrix gradOut) {
        requireGradOut(gradOut);
        double scale = 1 / Math.sqrt(q.cols());
        Matrix gradV = weights.transposeTimes(gradOut);           // dV = Aᵀ·dY
        Matrix gradWeights = gradOut.timesTranspose(v);           // dA = dY·Vᵀ
        Matrix gradScores = Softmax.backward(weights, gradWeights); // dS = A ⊙ (dA − rowΣ dA ⊙ A)
        Matrix gradQ = gradScores.times(k).scale(scale);          // dQ = dS·K/√d
        Matrix gradK = gradScores.transposeTimes(q).scale(scale); // dK = dSᵀ·Q/√d
        return new Gradients(gradQ, gradK, gradV);
    }
    // end::attention-backward[]

    /// The weights `A` of the last forward call (`T × T'`, each row sums to 1).
    public Matrix weights() {
        if (weights == null) throw new IllegalStateException("attention: no forward call yet");
        return weights.copy();
    }

    private void requireGradOut(Matrix gradOut) {
        if (weights == null) throw new IllegalStateException("attention: backward before forward");
        if (gradOut.rows() != q.rows() || gradOut.cols() != v.cols()) {
            throw new IllegalArgumentException(
                    "attention backward expects gradOut of shape %d×%d, got %s"
                            .formatted(q.rows(), v.cols(), gradOut.shape()));
        }
    }

    private void requireShapes(Matrix q, Matrix k, Matrix v) {
        if (q.cols() != k.cols()) {
            throw new IllegalArgumentException(
                    "queries and keys need the same width d, got Q %s and K %s"
                            .formatted(q.shape(), k.shape()));
        }
        if (k.rows() != v.rows()) {
            throw new IllegalArgumentException("every key needs one value, got K %s and V %s"
                    .formatted(k.shape(), v.shape()));
        }
        if (causal && q.rows() != k.rows()) {
            throw new IllegalArgumentException(
                    "causal attention needs one key per query, got Q %s and K %s"
                            .formatted(q.shape(), k.shape()));
        }
    }
}
