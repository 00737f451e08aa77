package forwardprop;

import forwardprop.NetworkShapes.LayerShapes;
import forwardprop.NetworkShapes.Shape;
import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.Dense;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

@Exercise(id = "3.3", title = "Shapes in a network", file = "forwardprop/NetworkShapes.java",
        hints = {
            "Layer l maps sizes[l − 1] inputs to sizes[l] outputs; a batch keeps its n rows "
                    + "throughout.",
            "W⁽ˡ⁾ is sizes[l−1] × sizes[l], b⁽ˡ⁾ is 1 × sizes[l], a⁽ˡ⁾ is n × sizes[l]; count "
                    + "in·out + out."})
class NetworkShapesTest {

    private static Shape shape(Matrix m) {
        return new Shape(m.rows(), m.cols());
    }

    /// Builds the network with the engine, runs a batch through it and reads off the real shapes.
    private static void check(int n, int... sizes) {
        String call = "NetworkShapes.of(n = %d, sizes = %s)".formatted(n, Arrays.toString(sizes));
        List<LayerShapes> shapes = NetworkShapes.of(n, sizes);
        if (shapes == null) throw new AssertionError(call + " returned null");
        if (shapes.size() != sizes.length - 1) {
            throw new AssertionError(("%s returned %d layers but a network with sizes %s has %d "
                    + "(the inputs are not a layer)")
                    .formatted(call, shapes.size(), Arrays.toString(sizes), sizes.length - 1));
        }
        var rng = new Rng(1);
        Matrix a = Matrix.zeros(n, sizes[0]);
        int count = 0;
        for (int l = 1; l < sizes.length; l++) {
            var dense = new Dense(sizes[l - 1], sizes[l], rng);
            a = dense.forward(a);
            var expected = new LayerShapes(shape(dense.weights().value()),
                    shape(dense.bias().value()), shape(a));
            Expect.equal("%s, layer %d".formatted(call, l), expected, shapes.get(l - 1));
            count += dense.weights().value().size() + dense.bias().value().size();
        }
        Expect.equal("NetworkShapes.parameterCount(%s)".formatted(Arrays.toString(sizes)), count,
                NetworkShapes.parameterCount(sizes));
    }

    @Test
    void theLessons231Network() {
        check(1, 2, 3, 1);
    }

    @Test
    void aBatchOfTenThrough4863() {
        check(10, 4, 8, 6, 3);
    }

    @Test
    void anMnistSizedNetwork() {
        check(32, 784, 30, 10);
    }
}
