package forwardprop;

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;

/// Exercise 3.5: choose the weights of a 2-2-1 step network that computes XOR.
public final class XorByHand {
    private XorByHand() {}

    /// A network `Dense(2 → 2)`, step, `Dense(2 → 1)`, step whose output is `x₁ XOR x₂` on the
    /// four inputs `(0, 0), (0, 1), (1, 0), (1, 1)`. The lesson built XOR as AND(OR, NAND); here
    /// use different hidden units: OR and AND, and an output unit that fires for
    /// "OR and not AND". Build the layers with `Dense.of(W, b)` (`W` is `in × out`, one
    /// column per unit) and `new ActivationLayer(new Activation.Step())`.
    public static Sequential network() {
        // Your code here, e.g.
        // var hidden = Dense.of(Matrix.of(new double[] {.., ..}, new double[] {.., ..}),
        //         Matrix.row(.., ..));
        throw new UnsupportedOperationException("exercise 3.5 not attempted yet");
    }
}
