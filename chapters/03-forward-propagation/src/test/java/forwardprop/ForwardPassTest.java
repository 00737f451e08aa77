package forwardprop;

import nn.activations.Activation;
import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

@Exercise(id = "3.2", title = "A forward pass with matrices", file = "forwardprop/ForwardPass.java",
        hints = {
            "Keep the latest activation a.getLast(); each layer turns it into the next one.",
            "z = a.getLast().times(weights.get(l)).plusRow(biases.get(l)); then "
                    + "a.add(f.apply(z))."})
class ForwardPassTest {

    private static void check(String what, List<Matrix> w, List<Matrix> b, Activation f, Matrix x,
                              List<Matrix> expected) {
        String call = "ForwardPass.activations(%s, %s, x %s)".formatted(what, f.name(), x.shape());
        List<Matrix> a = ForwardPass.activations(w, b, f, x);
        if (a == null) throw new AssertionError(call + " returned null");
        if (a.size() != expected.size()) {
            throw new AssertionError(("%s returned %d matrices but should return %d: a⁽⁰⁾ = x, "
                    + "then one per layer").formatted(call, a.size(), expected.size()));
        }
        for (int l = 0; l < expected.size(); l++) {
            if (!a.get(l).shape().equals(expected.get(l).shape())) {
                throw new AssertionError("%s: a⁽%d⁾ has shape %s but should be %s"
                        .formatted(call, l, a.get(l).shape(), expected.get(l).shape()));
            }
            Expect.near(call + ": a⁽" + l + "⁾",
                    expected.get(l).toArray(), a.get(l).toArray(), 1e-12);
        }
    }

    /// Expected activations from the engine's Dense and ActivationLayer, a separate implementation.
    private static List<Matrix> engine(List<Matrix> w, List<Matrix> b, Activation f, Matrix x) {
        List<Matrix> a = new ArrayList<>(List.of(x));
        for (int l = 0; l < w.size(); l++) {
            Layer dense = Dense.of(w.get(l), b.get(l));
            a.add(new ActivationLayer(f).forward(dense.forward(a.getLast())));
        }
        return a;
    }

    @Test
    void reproducesTheLessons231Network() {
        // Values worked by hand in the lesson: a1 = σ([0, 1.4, 1.6]), a2 = σ(1.0200845865…).
        List<Matrix> w = List.of(
                Matrix.of(new double[] {0.5, 0.8, -0.1}, new double[] {-0.3, 0.2, 0.9}),
                Matrix.column(-0.2, 0.4, 0.6));
        List<Matrix> b = List.of(Matrix.row(0.1, 0.2, -0.1), Matrix.row(0.3));
        var sigmoid = new Activation.Sigmoid();
        Matrix x = Matrix.row(1, 2);
        check("2-3-1 network", w, b, sigmoid, x, List.of(x,
                Matrix.row(0.5, 0.80218388855858174815, 0.83201838513392448184),
                Matrix.row(0.73498907556457601075)));
    }

    @Test
    void handlesABatchThroughThreeLayers() {
        var rng = new Rng(8);
        int[] sizes = {4, 8, 6, 3};
        List<Matrix> w = new ArrayList<>(), b = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            w.add(Matrix.gaussian(sizes[l - 1], sizes[l], 1, rng));
            b.add(Matrix.gaussian(1, sizes[l], 1, rng));
        }
        Matrix x = Matrix.gaussian(10, 4, 1, rng);
        var tanh = new Activation.Tanh();
        check("4-8-6-3 network", w, b, tanh, x, engine(w, b, tanh, x));
    }
}
