package nn.attention;

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Parameter;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.List;

/// A transformer block: self-attention lets the tokens of a sequence exchange information, then
/// a small MLP (`width → hidden → width`) works on each token on its own; both sit in residual
/// connections with layer normalization. Chapter 15.
///
/// *Pre-norm* (GPT-2 and most models since) normalizes the input of each branch and leaves the
/// residual path untouched: `x + attention(LN(x))`, then `x + mlp(LN(x))`. *Post-norm* (the
/// original Transformer of 2017) normalizes after each addition: `LN(x + attention(x))`, then
/// `LN(x + mlp(x))`.
public final class TransformerBlock implements Layer {
    private final Sequential layers;
    private final SelfAttention attention;

    private TransformerBlock(Sequential layers, SelfAttention attention) {
        this.layers = layers;
        this.attention = attention;
    }

    // tag::pre-norm[]
    /// `h = x + attention(LN₁(x))`, `y = h + mlp(LN₂(h))`.
    public static TransformerBlock preNorm(int width, int hidden, int length, boolean causal,
                                           Activation f, Rng rng) {
        var attention = new SelfAttention(width, width, length, causal, rng);
        return new TransformerBlock(new Sequential(
                new Residual(new Sequential(new LayerNorm(width), attention)),
                new Residual(new Sequential(new LayerNorm(width), mlp(width, hidden, f, rng)))),
                attention);
    }
    // end::pre-norm[]

    // tag::post-norm[]
    /// `h = LN₁(x + attention(x))`, `y = LN₂(h + mlp(h))`.
    public static TransformerBlock postNorm(int width, int hidden, int length, boolean causal,
                                            Activation f, Rng rng) {
        var attention = new SelfAttention(width, width, length, causal, rng);
        return new TransformerBlock(new Sequential(
                new Residual(attention), new LayerNorm(width),
                new Residual(mlp(width, hidden, f, rng)), new LayerNorm(width)),
                attention);
    }
    // end::post-norm[]

    private static Sequential mlp(int width, int hidden, Activation f, Rng rng) {
        return new Sequential(new Dense(width, hidden, rng), new ActivationLayer(f),
                new Dense(hidden, width, rng));
    }

    /// The block's attention layer, e.g. to read its weights after a forward pass.
    public SelfAttention attention() { return attention; }

    public Matrix forward(Matrix x) { return layers.forward(x); }

    public Matrix backward(Matrix gradOut) { return layers.backward(gradOut); }

    public List<Parameter> parameters() { return layers.parameters(); }

    public void setTraining(boolean training) { layers.setTraining(training); }

    public String describe() { return "TransformerBlock\n" + layers.describe(); }
}
