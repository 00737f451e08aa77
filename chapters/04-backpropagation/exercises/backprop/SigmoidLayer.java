package backprop;

import nn.layers.Layer;
import nn.math.Matrix;

/// Exercise 4.2: the backward pass of a sigmoid activation layer.
public final class SigmoidLayer implements Layer {
    private Matrix a; // written by forward (the output σ(z)), read by backward

    /// `a = σ(z)`, entry by entry; remembers `a` for the backward pass.
    public Matrix forward(Matrix z) {
        a = z.map(v -> 1 / (1 + Math.exp(-v)));
        return a;
    }

    /// Returns `∂L/∂z = ∂L/∂a ⊙ σ'(z)`, where `gradOut = ∂L/∂a` and `σ'(z) = a(1 − a)` with
    /// the `a` that `forward` remembered. Same shape as `gradOut`.
    public Matrix backward(Matrix gradOut) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 4.2 not attempted yet");
    }
}
