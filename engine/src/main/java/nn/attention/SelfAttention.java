package nn.attention;

import nn.init.Initializer;
import nn.layers.Layer;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.List;

/// Single-head self-attention: every token of a sequence computes its query, key and value
/// from itself, `Q = X·W_Q`, `K = X·W_K`, `V = X·W_V`, and its output is
/// `softmax(Q·Kᵀ/√d)·V` over the tokens of its own sequence. Chapter 15.
///
/// The input is a batch of sequences (see `Sequences`): `(b·length) × width`. `W_Q` and `W_K`
/// are `width × keyWidth` (`d = keyWidth`), `W_V` is `width × width`, so the output has the
/// input's shape and can be added back to it (a residual connection).
public final class SelfAttention implements Layer {
    private final int length;
    private final boolean causal;
    private final Parameter wq, wk, wv;
    private Matrix x;                                   // written by forward, read by backward
    private List<ScaledDotProduct> attentions = List.of(); // one per sequence; same lifetime

    /// Attention over sequences of `length` tokens of `width` numbers, with queries and keys
    /// `keyWidth` wide; Xavier-uniform weights.
    public SelfAttention(int width, int keyWidth, int length, boolean causal, Rng rng) {
        if (width < 1 || keyWidth < 1 || length < 1) {
            throw new IllegalArgumentException(
                    "SelfAttention needs width, keyWidth and length >= 1, got %d, %d, %d"
                            .formatted(width, keyWidth, length));
        }
        var init = new Initializer.XavierUniform();
        this.length = length;
        this.causal = causal;
        this.wq = new Parameter("W_Q", init.init(width, keyWidth, rng));
        this.wk = new Parameter("W_K", init.init(width, keyWidth, rng));
        this.wv = new Parameter("W_V", init.init(width, width, rng));
    }

    // tag::self-attention-forward[]
    public Matrix forward(Matrix x) {
        requireWidth(x);
        this.x = x;
        Matrix q = x.times(wq.value()), k = x.times(wk.value()), v = x.times(wv.value());
        List<ScaledDotProduct> perSequence = new ArrayList<>();
        List<Matrix> outputs = new ArrayList<>();
        for (int s = 0; s < Sequences.count(x, length); s++) { // within each sequence
            var attention = new ScaledDotProduct(causal);
            outputs.add(attention.forward(Sequences.get(q, length, s),
                    Sequences.get(k, length, s), Sequences.get(v, length, s)));
            perSequence.add(attention);
        }
        attentions = perSequence;
        return Sequences.stack(outputs);
    }
    // end::self-attention-forward[]

    // tag::self-attention-backward[]
    public Matrix backward(Matrix gradOut) {
        if (x == null) throw new IllegalStateException(describe() + ": backward before forward");
        x.requireSameShape(gradOut, describe() + " backward");
        List<Matrix> gradQ = new ArrayList<>(), gradK = new ArrayList<>();
        List<Matrix> gradV = new ArrayList<>();
        for (int s = 0; s < attentions.size(); s++) {
            var g = attentions.get(s).backward(Sequences.get(gradOut, length, s));
            gradQ.add(g.q());
            gradK.add(g.k());
            gradV.add(g.v());
        }
        Matrix dq = Sequences.stack(gradQ), dk = Sequences.stack(gradK);
        Matrix dv = Sequences.stack(gradV);
        wq.grad().accumulateTransposeTimes(x, dq); // dW_Q = Xᵀ·dQ
        wk.grad().accumulateTransposeTimes(x, dk); // dW_K = Xᵀ·dK
        wv.grad().accumulateTransposeTimes(x, dv); // dW_V = Xᵀ·dV
        return dq.timesTranspose(wq.value())       // dX = dQ·W_Qᵀ + dK·W_Kᵀ + dV·W_Vᵀ
                .plus(dk.timesTranspose(wk.value()))
                .plus(dv.timesTranspose(wv.value()));
    }
    // end::self-attention-backward[]

    /// The attention weights of sequence `s` in the last forward call: `length × length`,
    /// row `i` says how much token `i` took from each token.
    public Matrix weights(int s) {
        if (s < 0 || s >= attentions.size()) {
            throw new IndexOutOfBoundsException("sequence %d of the last batch, which had %d"
                    .formatted(s, attentions.size()));
        }
        return attentions.get(s).weights();
    }

    public int length() { return length; }

    public List<Parameter> parameters() { return List.of(wq, wk, wv); }

    public String describe() {
        return "SelfAttention(%d, d = %d%s)".formatted(wv.value().rows(), wq.value().cols(),
                causal ? ", causal" : "");
    }

    private void requireWidth(Matrix x) {
        if (x.cols() != wq.value().rows()) {
            throw new IllegalArgumentException("%s expects tokens of width %d, got %s"
                    .formatted(describe(), wq.value().rows(), x.shape()));
        }
    }
}
