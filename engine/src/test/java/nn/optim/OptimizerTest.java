package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/// Every optimizer on the one-parameter problem `f(w) = w²` (`∂f/∂w = 2w`) from `w = 1`, with
/// the first two steps worked by hand, and on a badly scaled two-parameter quadratic.
class OptimizerTest {
    static final double EPS = 1e-8;

    /// Runs `steps` updates of `f(w) = w²` from `w = 1` and returns `w` after each.
    static double[] run(Optimizer optimizer, int steps) {
        Parameter w = new Parameter("w", Matrix.row(1.0));
        double[] trace = new double[steps];
        for (int k = 0; k < steps; k++) {
            optimizer.zeroGrad(List.of(w));
            w.grad().set(0, 0, 2 * w.value().item()); // ∂(w²)/∂w = 2w
            optimizer.step(List.of(w));
            trace[k] = w.value().item();
        }
        return trace;
    }

    @Test
    void sgd_firstSteps() {
        // w₁ = 1 − 0.1·2 = 0.8, w₂ = 0.8 − 0.1·1.6 = 0.64
        assertArrayEquals(new double[]{0.8, 0.64}, run(new SGD(0.1), 2), 1e-15);
    }

    @Test
    void sgd_withWeightDecay_addsLambdaW() {
        // g = 2·1 + 0.5·1 = 2.5, w₁ = 1 − 0.1·2.5 = 0.75
        assertArrayEquals(new double[]{0.75}, run(new SGD(0.1, 0.5), 1), 1e-15);
    }

    @Test
    void momentum_firstSteps() {
        // v₁ = 2, w₁ = 0.8; g₂ = 1.6, v₂ = 0.9·2 + 1.6 = 3.4, w₂ = 0.8 − 0.34 = 0.46
        assertArrayEquals(new double[]{0.8, 0.46}, run(new Momentum(0.1, 0.9), 2), 1e-15);
    }

    @Test
    void nesterov_firstSteps() {
        // v₁ = 2, w₁ = 1 − 0.1·(2 + 0.9·2) = 0.62;
        // g₂ = 1.24, v₂ = 1.8 + 1.24 = 3.04, w₂ = 0.62 − 0.1·(1.24 + 0.9·3.04) = 0.2224
        assertArrayEquals(new double[]{0.62, 0.2224}, run(new Nesterov(0.1, 0.9), 2), 1e-15);
    }

    @Test
    void rmsprop_firstSteps() {
        // s₁ = 0.1·2² = 0.4, w₁ = 1 − 0.1·2/(√0.4 + ε) ≈ 0.6838
        double w1 = 1 - 0.1 * 2 / (Math.sqrt(0.4) + EPS);
        double g2 = 2 * w1, s2 = 0.9 * 0.4 + 0.1 * g2 * g2;
        double w2 = w1 - 0.1 * g2 / (Math.sqrt(s2) + EPS);
        assertArrayEquals(new double[]{w1, w2}, run(new RMSprop(0.1, 0.9, EPS), 2), 1e-15);
        assertEquals(0.6838, w1, 1e-4);
    }

    @Test
    void adagrad_firstSteps() {
        // s₁ = 4, w₁ = 1 − 0.1·2/(2 + ε) ≈ 0.9; s₂ = 4 + g₂² ≈ 4 + 1.8² = 7.24,
        // w₂ = w₁ − 0.1·g₂/(√s₂ + ε) ≈ 0.9 − 0.1·1.8/√7.24
        double w1 = 1 - 0.1 * 2 / (2 + EPS);
        double g2 = 2 * w1, w2 = w1 - 0.1 * g2 / (Math.sqrt(4 + g2 * g2) + EPS);
        assertArrayEquals(new double[]{w1, w2}, run(new Adagrad(0.1, EPS), 2), 1e-15);
        assertEquals(0.9 - 0.1 * 1.8 / Math.sqrt(7.24), w2, 1e-8);
    }

    @Test
    void adam_firstSteps() {
        // m₁ = 0.1·2 = 0.2, v₁ = 0.001·4 = 0.004, m̂ = 0.2/0.1 = 2, v̂ = 0.004/0.001 = 4,
        // w₁ = 1 − 0.1·2/(2 + ε) ≈ 0.9
        // g₂ ≈ 1.8, m₂ = 0.18 + 0.1·g₂ ≈ 0.36, v₂ = 0.003996 + 0.001·g₂² ≈ 0.007236,
        // m̂ = m₂/(1 − 0.9²) = m₂/0.19, v̂ = v₂/(1 − 0.999²) = v₂/0.001999
        double w1 = 1 - 0.1 * 2 / (2 + EPS);
        double g2 = 2 * w1, m2 = 0.18 + 0.1 * g2, v2 = 0.003996 + 0.001 * g2 * g2;
        double w2 = w1 - 0.1 * (m2 / 0.19) / (Math.sqrt(v2 / 0.001999) + EPS);
        assertArrayEquals(new double[]{w1, w2}, run(new Adam(0.1), 2), 1e-14);
        assertEquals(0.8004, w2, 1e-4); // 0.9 − 0.1·1.8947/1.9026
    }

    @Test
    void adamW_firstStep_decaysTheWeightDirectly() {
        // w₁ = 1 − 0.1·(2/(2 + ε) + 0.1·1) ≈ 0.89
        assertArrayEquals(new double[]{0.89}, run(new AdamW(0.1, 0.1), 1), 1e-8);
    }

    @Test
    void adamW_differsFromAdamWithL2() {
        // L2 in Adam: g = 2 + 0.1 = 2.1, m̂/√v̂ = 1, so w₁ = 0.9 (the decay vanishes in step 1)
        assertEquals(0.9, run(new Adam(0.1, 0.9, 0.999, EPS, 0.1), 1)[0], 1e-8);
        assertEquals(0.89, run(new AdamW(0.1, 0.1), 1)[0], 1e-8);
    }

    /// Without the correction the first step would be `η·(1 − β₁)/√(1 − β₂) ≈ 3.16·η`; with it,
    /// `m̂/√v̂ = g/|g|`, so the first step is `η` whatever the gradient's scale.
    @Test
    void adam_biasCorrection_makesFirstStepTheLearningRate() {
        for (double scale : new double[]{1e-3, 1, 1e3}) {
            Parameter w = new Parameter("w", Matrix.row(0.0));
            w.grad().set(0, 0, scale);
            new Adam(0.01).step(List.of(w));
            assertEquals(-0.01, w.value().item(), 1e-7, "gradient " + scale);
        }
    }

    static Stream<Supplier<Optimizer>> optimizers() {
        return Stream.of(() -> new SGD(0.04), () -> new Momentum(0.01), () -> new Nesterov(0.01),
                () -> new RMSprop(0.01), () -> new Adagrad(0.5), () -> new Adam(0.05),
                () -> new AdamW(0.05, 0));
    }

    /// `f(w) = (w₀ − 3)² + 10·(w₁ + 2)²`, minimum at `(3, −2)`, from `(0, 0)`.
    @ParameterizedTest
    @MethodSource("optimizers")
    void step_minimizesABadlyScaledQuadratic(Supplier<Optimizer> make) {
        Optimizer optimizer = make.get();
        Parameter w = new Parameter("w", Matrix.row(0.0, 0.0));
        for (int k = 0; k < 3000; k++) {
            optimizer.zeroGrad(List.of(w));
            double w0 = w.value().get(0, 0), w1 = w.value().get(0, 1);
            w.grad().copyFrom(Matrix.row(2 * (w0 - 3), 20 * (w1 + 2)));
            optimizer.step(List.of(w));
        }
        assertEquals(3, w.value().get(0, 0), 1e-3, optimizer.getClass().getSimpleName());
        assertEquals(-2, w.value().get(0, 1), 1e-3, optimizer.getClass().getSimpleName());
    }

    @Test
    void learningRate_canBeChanged() {
        Optimizer sgd = new SGD(0.1);
        sgd.setLearningRate(0.5);
        assertEquals(0.5, sgd.learningRate());
        assertArrayEquals(new double[]{0.0}, run(sgd, 1), 1e-15); // 1 − 0.5·2 = 0
    }
}
