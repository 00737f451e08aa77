package nn.live;

import nn.activations.Activation;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.List;

/// Chapter 5: `‖∂L/∂W‖` of every hidden layer of a deep network after one forward and one
/// backward pass of the mean squared error, built as in `TraceVanishingGradients.java`:
/// `depth` hidden `Dense(width → width)` layers, each followed by `f`, then `Dense(width → 1)`;
/// 64 inputs and targets drawn from `new Rng(5)`, weights from `new Rng(42)`.
final class GradientTrace {
    static final int EXAMPLES = 64;

    private GradientTrace() {}

    /// The weight-gradient norms of the hidden layers, first to last.
    static double[] weightGradientNorms(Activation f, Initializer init, int depth, int width) {
        var data = new Rng(5);
        Matrix x = Matrix.gaussian(EXAMPLES, width, 1, data); // 64 × width
        Matrix y = Matrix.gaussian(EXAMPLES, 1, 1, data);     // 64 × 1
        var rng = new Rng(42);
        List<Layer> layers = new ArrayList<>();
        List<Dense> hidden = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            var dense = new Dense(width, width, init, rng);
            hidden.add(dense);
            layers.add(dense);
            layers.add(new ActivationLayer(f));
        }
        layers.add(new Dense(width, 1, init, rng));
        var net = new Sequential(layers.toArray(Layer[]::new));
        Matrix yHat = net.forward(x);
        net.backward(new MeanSquaredError().gradient(yHat, y));
        double[] norms = new double[depth];
        for (int l = 0; l < depth; l++) norms[l] = hidden.get(l).weights().grad().norm();
        return norms;
    }
}
