package backprop;

import nn.activations.Activation;
import nn.math.Matrix;

/// Exercise 4.1: the error of a sigmoid output layer under the quadratic cost.
public final class OutputDelta {
    private OutputDelta() {}

    /// Returns `δᴸ = ∇ₐC ⊙ σ'(zᴸ)` for the cost `C = ½ Σ (a − y)²` and a sigmoid output
    /// `a = σ(zᴸ)`, so `∇ₐC = a − y` and `σ'(z) = σ(z)(1 − σ(z))`. `z` and `y` are `n × out`,
    /// one example per row; the result has the same shape.
    public static Matrix outputDelta(Matrix z, Matrix y) {
        var sigmoid = new Activation.Sigmoid();
        Matrix a = sigmoid.apply(z);
        return a.minus(y).hadamard(sigmoid.derivative(z)); // (a − y) ⊙ σ'(z)
    }
}
