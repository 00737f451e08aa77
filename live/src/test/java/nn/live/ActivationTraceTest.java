package nn.live;

import nn.activations.Activation;
import nn.init.Initializer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/// The activation-histograms widget's network is the one of `TrackActivations.java`.
class ActivationTraceTest {

    @Test
    void stds_reproduceTheScriptsLayers1_2_5_10() {
        assertStds("9.829e-02 9.751e-03 9.679e-06 9.555e-11", new Initializer.Normal(0.01),
                new Activation.Tanh());
        assertStds("8.233e-01 7.818e-01 7.701e-01 6.007e-01", new Initializer.HeNormal(),
                new Activation.ReLU());
    }

    @Test
    void shares_addUpToTheShareOfCountedValuesInsideTheWindow() {
        var trace = new ActivationTrace(new Initializer.XavierNormal(), new Activation.ReLU());
        trace.addLayer();
        assertEquals(1, sum(trace.shares(1, 0, 100, 40, true)), 1e-12);
        assertEquals(1 - trace.zeroShare(1), sum(trace.shares(1, 1e-300, 100, 40, false)),
                1e-12);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }

    @Test
    void shownLayers_areTheFirstTheLastAndTwoBetween() {
        assertArrayEquals(new int[] {1, 4, 7, 10}, HistogramWindow.shownLayers(10));
        assertArrayEquals(new int[] {1, 2, 3}, HistogramWindow.shownLayers(3));
        assertArrayEquals(new int[] {1, 7, 14, 20}, HistogramWindow.shownLayers(20));
    }

    private static void assertStds(String expected, Initializer init, Activation f) {
        var trace = new ActivationTrace(init, f);
        for (int l = 0; l < 10; l++) trace.addLayer();
        String stds = "%.3e %.3e %.3e %.3e".formatted(trace.std(1), trace.std(2), trace.std(5),
                trace.std(10));
        assertEquals(expected, stds);
    }
}
