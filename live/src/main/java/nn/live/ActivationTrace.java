package nn.live;

import nn.activations.Activation;
import nn.init.Initializer;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.List;

/// Chapter 8: the activations of a deep stack without biases, `a = f(a·W)`, one layer at a
/// time, as in `TrackActivations.java`: 500 inputs `x ~ N(0, 1)` of 100 features drawn from
/// `new Rng(8)`, which then draws each layer's `100 × 100` weights with `init`.
final class ActivationTrace {
    static final int EXAMPLES = 500, WIDTH = 100;
    private final Initializer init;
    private final Activation f;
    private final Rng rng = new Rng(8);
    private final List<Matrix> layers = new ArrayList<>(); // a of layer 1, 2, …
    private final List<Double> stds = new ArrayList<>();
    private Matrix a; // the last layer's activations (the inputs before the first layer)

    ActivationTrace(Initializer init, Activation f) {
        this.init = init;
        this.f = f;
        a = Matrix.gaussian(EXAMPLES, WIDTH, 1, rng); // 500 × 100
    }

    /// Computes the next layer.
    void addLayer() {
        a = f.apply(a.times(init.init(WIDTH, WIDTH, rng))); // a = f(a·W), biases 0
        layers.add(a);
        stds.add(std(a));
    }

    int depth() { return layers.size(); }

    /// The activations of layer `l` (1 is the first), `500 × 100`.
    Matrix layer(int l) { return layers.get(l - 1); }

    /// The standard deviation of all activations of layer `l`.
    double std(int l) { return stds.get(l - 1); }

    /// The standard deviation of all entries of `a` (the population formula).
    static double std(Matrix a) {
        double mean = a.mean();
        return Math.sqrt(a.map(v -> (v - mean) * (v - mean)).mean());
    }

    /// The histogram of layer `l` in `bins` equal bins from `min` to `max`: each bin's share
    /// of the counted values (the chapter's figures divide this by the bin width; the shape is
    /// the same). With `skipZeros`, values exactly 0 (a ReLU's inactive units) are not counted
    /// at all; values outside `[min, max]` count but fall in no bin.
    double[] shares(int l, double min, double max, int bins, boolean skipZeros) {
        double[] counts = new double[bins];
        int total = 0;
        for (double v : layer(l).toArray()) {
            if (skipZeros && v == 0) continue;
            total++;
            if (v < min || v > max) continue;
            counts[Math.min(bins - 1, (int) ((v - min) / (max - min) * bins))]++;
        }
        for (int b = 0; b < bins; b++) counts[b] /= Math.max(1, total);
        return counts;
    }

    /// The share of layer `l`'s values that are exactly 0.
    double zeroShare(int l) {
        int zeros = 0;
        double[] values = layer(l).toArray();
        for (double v : values) if (v == 0) zeros++;
        return (double) zeros / values.length;
    }
}
