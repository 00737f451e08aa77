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
        double h = (hi - lo) / n;
        double[] w = new double[2 * n], b = new double[2 * n], v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double left = lo + i * h, right = left + h;
            double height = f.applyAsDouble(left + h / 2);
            w[2 * i] = k;                // σ(k(x − left)) = σ(k·x − k·left)
            b[2 * i] = -k * left;
            v[2 * i] = height;
            w[2 * i + 1] = k;            // σ(k(x − right)), subtracted
            b[2 * i + 1] = -k * right;
            v[2 * i + 1] = -height;
        }
        var hidden = Dense.of(Matrix.row(w), Matrix.row(b));
        var output = Dense.of(Matrix.column(v), Matrix.zeros(1, 1));
        return new Sequential(hidden, new ActivationLayer(new Activation.Sigmoid()), output);
    }
}
