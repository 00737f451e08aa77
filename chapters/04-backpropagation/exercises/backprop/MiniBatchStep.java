package backprop;

import nn.layers.Parameter;
import nn.layers.Sequential;
import nn.math.Matrix;

/// Exercise 4.5: one step of mini-batch stochastic gradient descent.
public final class MiniBatchStep {
    private MiniBatchStep() {}

    /// Takes one gradient step on the mini-batch `(x, y)` of `m` examples for the cost
    /// `C = (1/2m) Σᵢ ‖ŷᵢ − yᵢ‖²` and returns `C` as it was before the step. In order:
    /// clear every parameter's gradient, run the network forward, run it backward from
    /// `∂C/∂ŷ = (ŷ − y)/m`, then update every parameter with `w ← w − η·∂C/∂w`
    /// (`p.value().addInPlace(p.grad(), -learningRate)`).
    public static double step(Sequential network, Matrix x, Matrix y, double learningRate) {
        int m = x.rows();
        // Your code here: zero the gradients, forward, cost, backward, update.
        throw new UnsupportedOperationException("exercise 4.5 not attempted yet");
    }
}
