package nn.live;

import nn.activations.Activation;
import nn.init.Initializer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// The vanishing-gradients widget's network is the one of `TraceVanishingGradients.java`.
class GradientTraceTest {

    @Test
    void weightGradientNorms_reproduceTheScriptsFirstAndLastLayer() {
        assertEnds("1.71e-09", "1.81e+00", new Activation.Sigmoid(),
                new Initializer.XavierNormal());
        assertEnds("8.24e-01", "9.24e-01", new Activation.Tanh(), new Initializer.XavierNormal());
        assertEnds("1.27e+00", "3.86e+00", new Activation.ReLU(), new Initializer.HeNormal());
    }

    @Test
    void zeroWeights_sendNoGradientToAnyHiddenLayer() {
        for (double norm : GradientTrace.weightGradientNorms(new Activation.Tanh(),
                new Initializer.Zeros(), 4, 8)) {
            assertEquals(0, norm);
        }
    }

    private static void assertEnds(String first, String last, Activation f, Initializer init) {
        double[] norms = GradientTrace.weightGradientNorms(f, init, 15, 32);
        assertEquals(first, "%.2e".formatted(norms[0]), f.name());
        assertEquals(last, "%.2e".formatted(norms[14]), f.name());
    }
}
