package approximation;

import nn.activations.Activation;
import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

@Exercise(id = "9.4", title = "Depth multiplies", file = "approximation/Sawtooth.java", hints = {
        "A tent is 2·relu(x) minus a second ReLU that switches on at x = ½ and turns the slope "
                + "from 2 to −2: what must its weight be?",
        "One tent is Dense(1 → 2) with weights [1, 1] and biases [0, −½] (giving x and x − ½), "
                + "then ReLU, then Dense(2 → 1) with weights [2, −4] and bias 0.",
        "Repeat those three layers depth times in one Sequential: the output of one tent is the "
                + "input of the next. Build them in a Layer[] of length 3·depth."})
class SawtoothTest {

    private static double tent(double x) {
        return x <= 0.5 ? 2 * x : 2 - 2 * x;
    }

    private static Sequential built(int depth) {
        String call = "Sawtooth.network(%d)".formatted(depth);
        Sequential net = Sawtooth.network(depth);
        if (net == null) throw new AssertionError(call + " returned null");
        int reluUnits = 0;
        Layer previous = null;
        for (Layer layer : net.layers()) {
            if (layer instanceof ActivationLayer a) {
                if (!(a.activation() instanceof Activation.ReLU)) {
                    throw new AssertionError("%s may only use ReLU activations, found %s"
                            .formatted(call, a.activation().name()));
                }
                if (previous instanceof Dense d) reluUnits += d.out();
            }
            previous = layer;
        }
        if (reluUnits > 2 * depth) {
            throw new AssertionError(("%s uses %d ReLU units; two per tent (%d in all) are enough")
                    .formatted(call, reluUnits, 2 * depth));
        }
        return net;
    }

    @Test
    void oneTent() {
        Sequential net = built(1);
        for (double x : new double[] {0, 0.1, 0.25, 0.5, 0.6, 0.9, 1}) {
            Expect.near("Sawtooth.network(1) at x = %s".formatted(x), tent(x),
                    net.forward(Matrix.column(x)).item(), 1e-12);
        }
    }

    @Test
    void composedTents() {
        Matrix x = Matrix.linspace(0, 1, 257);
        for (int depth = 2; depth <= 6; depth++) {
            Matrix g = built(depth).forward(x);
            for (int i = 0; i < x.rows(); i++) {
                double expected = x.get(i, 0);
                for (int d = 0; d < depth; d++) expected = tent(expected);
                Expect.near("Sawtooth.network(%d) at x = %s".formatted(depth, x.get(i, 0)),
                        expected, g.get(i, 0), 1e-9);
            }
        }
    }

    @Test
    void rejectsDepthZero() {
        Expect.rejects("Sawtooth.network(0)", () -> Sawtooth.network(0),
                "there is no tent to apply");
    }
}
