package initialization;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "8.3", title = "Variance from layer to layer",
        file = "initialization/LayerVariance.java",
        hints = {
            "One layer multiplies: Var(z) = fanIn · Var(w) · E[a²]. Through ReLU, "
                    + "E[a²] = Var(z)/2.",
            "Start from v = inputVariance and repeat `layers` times: v = preActivation(fanIn, "
                    + "weightVariance, v / 2)."})
class LayerVarianceTest {

    @Test
    void oneLayerMultipliesFanInVarianceAndSecondMoment() {
        // 100 · 0.01 · 1 = 1; 256 · (1/512) · 3 = 1.5; 10 · 1 · 0.5 = 5.
        Expect.near("LayerVariance.preActivation(100, 0.01, 1)", 1,
                LayerVariance.preActivation(100, 0.01, 1), 1e-12);
        Expect.near("LayerVariance.preActivation(256, 1.0/512, 3)", 1.5,
                LayerVariance.preActivation(256, 1.0 / 512, 3), 1e-12);
        Expect.near("LayerVariance.preActivation(10, 1, 0.5)", 5,
                LayerVariance.preActivation(10, 1, 0.5), 1e-12);
    }

    @Test
    void heKeepsTheVarianceThroughReLULayers() {
        // Var(w) = 2/100: each layer multiplies by 100 · (2/100) · ½ = 1.
        Expect.near("LayerVariance.throughReLULayers(10, 100, 0.02, 1.5)", 1.5,
                LayerVariance.throughReLULayers(10, 100, 0.02, 1.5), 1e-12);
    }

    @Test
    void xavierHalvesTheVarianceInEveryReLULayer() {
        // Var(w) = 2/(100 + 100) = 0.01: factor 100 · 0.01 · ½ = ½ per layer, so ½¹⁰ = 1/1024.
        Expect.near("LayerVariance.throughReLULayers(10, 100, 0.01, 1)", 1.0 / 1024,
                LayerVariance.throughReLULayers(10, 100, 0.01, 1), 1e-15);
    }

    @Test
    void unitWeightsExplode() {
        // Var(w) = 1: factor 100 · 1 · ½ = 50 per layer; 50³ = 125000.
        Expect.near("LayerVariance.throughReLULayers(3, 100, 1, 1)", 125000,
                LayerVariance.throughReLULayers(3, 100, 1, 1), 1e-6);
        Expect.near("LayerVariance.throughReLULayers(0, 100, 1, 2) (no layers: unchanged)", 2,
                LayerVariance.throughReLULayers(0, 100, 1, 2), 1e-12);
    }
}
