package approximation;

import java.util.function.DoubleUnaryOperator;

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;

/// Exercise 9.2: the sum of bumps as a network with one hidden layer of sigmoid units.
public final class BumpNetwork {
    private BumpNetwork() {}

    /// Cuts `[lo, hi]` into `n` intervals of width `h = (hi − lo)/n`, with edges
    /// `tᵢ = lo + i·h`, and returns the network
    /// `g(x) = Σᵢ f(mᵢ)·[σ(k(x − tᵢ)) − σ(k(x − tᵢ₊₁))]` (`i = 0 … n − 1`, `mᵢ` the midpoint of
    /// interval `i`), built from three layers: a `Dense(1 → 2n)` (use `Dense.of(weights, bias)`),
    /// an `ActivationLayer` with the sigmoid, and a `Dense(2n → 1)`. No training.
    public static Sequential build(DoubleUnaryOperator f, double lo, double hi, int n, double k) {
        // Your code here: fill a 1 × 2n weight matrix and a 1 × 2n bias for the hidden layer,
        // a 2n × 1 weight matrix and a 1 × 1 bias for the output layer, e.g.
        // var hidden = Dense.of(Matrix.row(w), Matrix.row(b));
        throw new UnsupportedOperationException("exercise 9.2 not attempted yet");
    }
}
