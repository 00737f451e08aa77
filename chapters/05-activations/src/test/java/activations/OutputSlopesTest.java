package activations;

import nn.activations.Activation;
import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "5.3", title = "Slopes from outputs", file = "activations/OutputSlopes.java",
        hints = {
            "Differentiate σ(z) = 1/(1 + e^(−z)) and write the result using σ(z) itself; for tanh, "
                    + "use tanh' = 1/cosh² and cosh² − sinh² = 1.",
            "σ'(z) = a·(1 − a) and tanh'(z) = 1 − a². In sigmoidBackward, multiply gradOut[i] by "
                    + "a[i]·(1 − a[i]) in a loop."})
class OutputSlopesTest {
    private static final Activation SIGMOID = new Activation.Sigmoid();
    private static final Activation TANH = new Activation.Tanh();

    @Test
    void sigmoidSlopeFromItsOutput() {
        for (double z = -4; z <= 4; z += 0.5) {
            double a = SIGMOID.apply(z);
            Expect.near("OutputSlopes.sigmoid(a=%.6f), the output of z = %s,"
                    .formatted(a, Expect.number(z)), SIGMOID.derivative(z),
                    OutputSlopes.sigmoid(a), 1e-12);
        }
    }

    @Test
    void tanhSlopeFromItsOutput() {
        for (double z = -3; z <= 3; z += 0.5) {
            double a = TANH.apply(z);
            Expect.near("OutputSlopes.tanh(a=%.6f), the output of z = %s,"
                    .formatted(a, Expect.number(z)), TANH.derivative(z),
                    OutputSlopes.tanh(a), 1e-12);
        }
    }

    @Test
    void sigmoidBackwardMultipliesBySlopes() {
        // a = [0.5, 0.8, 0.1]: slopes 0.25, 0.16, 0.09; times gradOut [2, -1, 10].
        double[] a = {0.5, 0.8, 0.1};
        double[] gradOut = {2, -1, 10};
        String call = "OutputSlopes.sigmoidBackward(a=%s, gradOut=%s)"
                .formatted(array(a), array(gradOut));
        Expect.near(call, new double[] {0.5, -0.16, 0.9},
                OutputSlopes.sigmoidBackward(a, gradOut), 1e-12);
    }

    @Test
    void sigmoidBackwardRejectsMismatchedLengths() {
        Expect.rejects("OutputSlopes.sigmoidBackward(a=[0.5, 0.5], gradOut=[1])",
                () -> OutputSlopes.sigmoidBackward(new double[] {0.5, 0.5}, new double[] {1}),
                "there are 2 outputs but 1 gradient");
    }
}
