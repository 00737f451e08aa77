package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/// The proximal L1 step against values worked by hand and against the known minimizer of
/// `½(w − a)² + λ|w|`, which is the soft threshold of `a` by `λ`.
class ProximalL1Test {

    @Test
    void step_isPlainStepThenSoftThreshold() {
        var p = new Parameter("w", Matrix.row(0.5, -0.05, 0.02, -2, 0));
        p.grad().accumulate(Matrix.row(1, 0, 0.3, -1, 0));
        new ProximalL1(0.1, 1).step(List.of(p)); // η·λ = 0.1
        // after w − η·g: 0.4, −0.05, −0.01, −1.9, 0; then shrink by 0.1
        assertArrayEquals(new double[]{0.3, 0, 0, -1.8, 0}, p.value().toArray(), 1e-15);
    }

    @Test
    void step_givesExactZeros_whereSubgradientStepsHover() {
        // f(w) = ½(w − a)², a = 0.3 < λ = 0.5: the minimizer of f + λ|w| is exactly 0
        var p = new Parameter("w", Matrix.row(1.0));
        var optimizer = new ProximalL1(0.1, 0.5);
        double subgradient = 1.0;
        for (int t = 0; t < 200; t++) {
            p.zeroGrad();
            p.grad().set(0, 0, p.value().item() - 0.3);
            optimizer.step(List.of(p));
            subgradient -= 0.1 * (subgradient - 0.3 + 0.5 * Math.signum(subgradient));
        }
        assertEquals(0.0, p.value().item());
        assertNotEquals(0.0, subgradient);
        assertTrue(Math.abs(subgradient) <= 0.1 * 0.5 + 0.1 * 0.3, "hovers within about η·λ");
    }

    @Test
    void step_convergesToTheSoftThresholdOfTheTarget() {
        // a = 2, λ = 0.5: the minimizer of ½(w − 2)² + 0.5|w| is 1.5
        var p = new Parameter("w", Matrix.row(-1.0));
        var optimizer = new ProximalL1(0.2, 0.5);
        for (int t = 0; t < 300; t++) {
            p.zeroGrad();
            p.grad().set(0, 0, p.value().item() - 2);
            optimizer.step(List.of(p));
        }
        assertEquals(1.5, p.value().item(), 1e-12);
    }

    @Test
    void constructor_rejectsNegativeLambda() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ProximalL1(0.1, -1));
        assertEquals("L1 strength lambda must be >= 0, got -1.0", e.getMessage());
    }
}
