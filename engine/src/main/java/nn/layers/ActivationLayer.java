package nn.layers;

import nn.activations.Activation;
import nn.math.Matrix;

/// Applies an activation entry by entry, `a = f(z)`, as a layer of its own; backward is
/// `∂L/∂z = ∂L/∂a ⊙ f'(z)`. Taught in chapter 4.
public final class ActivationLayer implements Layer {
    private final Activation f;
    private Matrix z; // written by forward, read by backward: the last input

    public ActivationLayer(Activation f) {
        this.f = f;
    }

    public Activation activation() { return f; }

    // tag::activation-layer[]
    // tag::activation-forward[]
    public Matrix forward(Matrix z) {
        this.z = z;
        return f.apply(z); // a = f(z)
    }
    // end::activation-forward[]

    // tag::activation-backward[]
    public Matrix backward(Matrix gradOut) {
        if (z == null) throw new IllegalStateException(describe() + ": backward before forward");
        return gradOut.hadamard(f.derivative(z)); // dz = da ⊙ f'(z)
    }
    // end::activation-backward[]
    // end::activation-layer[]

    public String describe() { return "Activation(" + f.name() + ")"; }
}
