package nn.optim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DescentTest {

    @Test
    void sgdOnASquare_shrinksByOneMinusTwoEtaEachStep() {
        // f(w) = w², ∇f = 2w: w_t = (1 − 2η)ᵗ·w₀ = 0.8ᵗ·3 for η = 0.1.
        double[][] path = Descent.path(new SGD(0.1), new double[] {3},
                w -> new double[] {2 * w[0]}, 5);
        assertEquals(6, path.length);
        for (int t = 0; t <= 5; t++) assertEquals(3 * Math.pow(0.8, t), path[t][0], 1e-12);
    }

    @Test
    void momentumInTwoDimensions_matchesHandSteps() {
        // f(x, y) = ½(x² + 4y²), ∇f = (x, 4y), from (1, 1) with η = 0.1, β = 0.5:
        // v₁ = (1, 4), w₁ = (0.9, 0.6); g₂ = (0.9, 2.4), v₂ = (1.4, 4.4), w₂ = (0.76, 0.16).
        double[][] path = Descent.path(new Momentum(0.1, 0.5), new double[] {1, 1},
                w -> new double[] {w[0], 4 * w[1]}, 2);
        assertArrayEquals(new double[] {1, 1}, path[0], 0);
        assertArrayEquals(new double[] {0.9, 0.6}, path[1], 1e-12);
        assertArrayEquals(new double[] {0.76, 0.16}, path[2], 1e-12);
    }

    @Test
    void doesNotChangeTheStartArray() {
        double[] start = {2, -1};
        Descent.path(new SGD(0.5), start, w -> w.clone(), 3);
        assertArrayEquals(new double[] {2, -1}, start, 0);
    }

    @Test
    void stopsWhenThePointOverflows() {
        // ∇f = sign(w)·e^(50|w|): w₁ = 1 − e⁵⁰ ≈ −5·10²¹, then e^(50|w₁|) overflows to ∞.
        double[][] path = Descent.path(new SGD(1), new double[] {1},
                w -> new double[] {Math.signum(w[0]) * Math.exp(Math.abs(w[0]) * 50)}, 100);
        assertTrue(path.length < 101, "expected an early stop, got " + path.length + " points");
        assertFalse(Double.isFinite(path[path.length - 1][0]));
    }
}
