package nn.recurrent;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.List;

/// A layer that reads a sequence `x₁ … x_T` (each `n × in`: a batch of `n` sequences read side
/// by side) and returns its hidden states `h₁ … h_T` (each `n × hidden`), starting from
/// `h₀ = 0`. `backward` is backpropagation through time. Taught in chapter 14.
///
/// Contract, as for `nn.layers.Layer`: `backward` is called once after each `forward`; it adds
/// (`+=`) the parameter gradients into their `grad` buffers.
public interface SequenceLayer {

    /// The hidden states `h₁ … h_T`; caches what `backward` needs.
    List<Matrix> forward(List<Matrix> xs);

    /// Backpropagation through time. `gradOuts.get(t − 1)` is the part of `∂L/∂hₜ` that comes
    /// straight from the loss at step `t` (null where the loss does not look at `hₜ`).
    Gradients backward(List<Matrix> gradOuts);

    /// The trainable parameters, in a fixed order.
    List<Parameter> parameters();

    int in();

    int hidden();

    /// What backpropagation through time found: `inputs.get(t − 1) = ∂L/∂xₜ`,
    /// `states.get(t − 1) = ∂L/∂hₜ` (the whole gradient: from the loss at step `t` and from
    /// every later step), and `initial = ∂L/∂h₀`.
    record Gradients(List<Matrix> inputs, List<Matrix> states, Matrix initial) {}

    /// Checks that `gradOuts` has one `n × hidden` entry (or null) per step of the last forward.
    static void requireMatching(SequenceLayer layer, List<Matrix> gradOuts, List<Matrix> states) {
        if (states == null) {
            throw new IllegalStateException(layer + ": backward needs a forward pass first");
        }
        if (gradOuts.size() != states.size()) {
            throw new IllegalArgumentException("%s read %d steps but backward got %d gradients"
                    .formatted(layer, states.size(), gradOuts.size()));
        }
        for (int t = 0; t < gradOuts.size(); t++) {
            Matrix g = gradOuts.get(t);
            if (g != null) g.requireSameShape(states.get(t), "%s backward at step %d"
                    .formatted(layer, t + 1));
        }
    }

    /// Checks that `xs` has at least one step and that every step is `n × in` for one `n`.
    static void requireSteps(SequenceLayer layer, List<Matrix> xs) {
        if (xs.isEmpty()) throw new IllegalArgumentException(layer + " needs at least one step");
        int n = xs.getFirst().rows();
        for (int t = 0; t < xs.size(); t++) {
            Matrix x = xs.get(t);
            if (x.cols() != layer.in() || x.rows() != n) {
                throw new IllegalArgumentException(
                        "%s expects steps of shape %d×%d, got %s at step %d"
                                .formatted(layer, n, layer.in(), x.shape(), t + 1));
            }
        }
    }
}
