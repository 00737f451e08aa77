package approximation;

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.math.Matrix;

/// Exercise 9.4: depth multiplies. The tent map `t(x) = 2x` for `x ≤ ½`, `2 − 2x` for `x > ½`
/// takes `[0, 1]` onto itself; applied `m` times it zigzags up and down `2^(m−1)` times.
public final class Sawtooth {
    private Sawtooth() {}

    /// A ReLU network that computes `t(t(…t(x)))` (`depth` times) for every `x` in `[0, 1]`,
    /// with only two ReLU units per hidden layer. Use `t(x) = 2·relu(x) − 4·relu(x − ½)`:
    /// each application is a `Dense(1 → 2)` (use `Dense.of(weights, bias)`), a ReLU
    /// `ActivationLayer`, and a `Dense(2 → 1)`. Throws an `IllegalArgumentException` if
    /// `depth < 1`.
    public static Sequential network(int depth) {
        if (depth < 1) throw new IllegalArgumentException("depth must be >= 1, got " + depth);
        Layer[] layers = new Layer[3 * depth];
        for (int d = 0; d < depth; d++) {
            layers[3 * d] = Dense.of(Matrix.row(1, 1), Matrix.row(0, -0.5)); // x, x − ½
            layers[3 * d + 1] = new ActivationLayer(new Activation.ReLU());
            layers[3 * d + 2] = Dense.of(Matrix.column(2, -4), Matrix.zeros(1, 1)); // 2a − 4b
        }
        return new Sequential(layers);
    }
}
