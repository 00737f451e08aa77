package neuron;

import nn.activations.Activation;
import nn.check.Exercise;
import nn.neuron.Neuron;
import org.junit.jupiter.api.Test;

import java.util.function.IntBinaryOperator;

@Exercise(id = "1.2", title = "Logic gates by hand", file = "neuron/LogicGates.java",
        hints = {
            "Write the truth table and ask: which inputs must give z ≥ 0, which z < 0?",
            "With both weights equal to −1, z = b − x₁ − x₂. Pick b between the sums you must "
                    + "separate."})
class LogicGatesTest {

    private static void checkGate(String name, Neuron neuron, IntBinaryOperator truth) {
        if (neuron == null) throw new AssertionError("LogicGates." + name + "() returned null");
        if (!(neuron.activation() instanceof Activation.Step)) {
            throw new AssertionError("LogicGates.%s() should use the step activation, not %s"
                    .formatted(name, neuron.activation().name()));
        }
        for (int x1 = 0; x1 <= 1; x1++) {
            for (int x2 = 0; x2 <= 1; x2++) {
                double output = neuron.output(new double[] {x1, x2});
                int expected = truth.applyAsInt(x1, x2);
                if (output != expected) {
                    double z = neuron.weightedSum(new double[] {x1, x2});
                    throw new AssertionError(("%s(%d, %d) should be %d but your neuron %s "
                            + "outputs %s (z = %s)")
                            .formatted(name.toUpperCase(), x1, x2, expected, neuron, output, z));
                }
            }
        }
    }

    @Test
    void nandTruthTable() {
        checkGate("nand", LogicGates.nand(), (a, b) -> 1 - (a & b));
    }

    @Test
    void norTruthTable() {
        checkGate("nor", LogicGates.nor(), (a, b) -> 1 - (a | b));
    }
}
