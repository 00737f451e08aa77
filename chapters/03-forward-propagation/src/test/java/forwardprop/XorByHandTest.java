package forwardprop;

import nn.activations.Activation;
import nn.check.Exercise;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;

@Exercise(id = "3.5", title = "XOR by hand", file = "forwardprop/XorByHand.java",
        hints = {
            "A step unit with weights (1, 1) computes x₁ + x₂ + b ≥ 0: b = −0.5 gives OR, b = −1.5 "
                    + "gives AND.",
            "Hidden W = [[1, 1], [1, 1]], b = [−0.5, −1.5]; the output fires "
                    + "when h₁ − h₂ − 0.5 ≥ 0."})
class XorByHandTest {

    @Test
    void hasTheShapeOfA221StepNetwork() {
        Sequential network = XorByHand.network();
        if (network == null) throw new AssertionError("XorByHand.network() returned null");
        List<Layer> layers = network.layers();
        String got = layers.stream().map(Layer::describe).toList().toString();
        String want = "[Dense(2 → 2), Activation(step), Dense(2 → 1), Activation(step)]";
        if (!got.equals(want)) {
            throw new AssertionError("XorByHand.network() has the layers %s but should have %s"
                    .formatted(got, want));
        }
    }

    @Test
    void computesXor() {
        Sequential network = XorByHand.network();
        if (network == null) throw new AssertionError("XorByHand.network() returned null");
        Matrix x = Matrix.of(new double[] {0, 0}, new double[] {0, 1}, new double[] {1, 0},
                new double[] {1, 1});
        Matrix yHat = network.forward(x);
        for (int i = 0; i < 4; i++) {
            int x1 = (int) x.get(i, 0), x2 = (int) x.get(i, 1);
            if (yHat.get(i, 0) != (x1 ^ x2)) {
                String hidden = network.layers().get(0) instanceof Dense d
                        ? " The hidden pre-activations z⁽¹⁾ are " + d.forward(x.row(i))
                          + " and the hidden outputs " + new ActivationLayer(new Activation.Step())
                                .forward(d.forward(x.row(i))) + "."
                        : "";
                throw new AssertionError("XOR(%d, %d) should be %d but your network outputs %s.%s"
                        .formatted(x1, x2, x1 ^ x2, yHat.get(i, 0), hidden));
            }
        }
    }
}
