package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

class LayerNormTest {

    @Test
    void backward_matchesFiniteDifferences() {
        var rng = new Rng(21);
        var norm = new LayerNorm(5);
        // non-trivial γ and β, so that dx̂ = dy ⊙ γ is exercised
        norm.parameters().get(0).value().copyFrom(Matrix.gaussian(1, 5, 1, rng));
        norm.parameters().get(1).value().copyFrom(Matrix.gaussian(1, 5, 1, rng));
        Report report = GradientCheck.layer(norm, Matrix.gaussian(3, 5, 2, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void forward_givesEachRowMeanZeroAndVarianceOne() {
        Matrix y = new LayerNorm(4, 1e-12).forward(Matrix.of(
                new double[] {1, 2, 3, 4}, new double[] {-10, 0, 10, 40}));
        for (int r = 0; r < 2; r++) {
            Matrix row = y.row(r);
            assertEquals(0, row.mean(), 1e-12);
            assertEquals(1, row.hadamard(row).mean(), 1e-9);
        }
    }

    @Test
    void forward_ofAWorkedRow() {
        // x = [1, 2, 3]: μ = 2, σ² = 2/3, x̂ = [−1, 0, 1]·√(3/2)
        Matrix y = new LayerNorm(3, 1e-12).forward(Matrix.row(1, 2, 3));
        double s = Math.sqrt(1.5);
        assertArrayEquals(new double[] {-s, 0, s}, y.toArray(), 1e-9);
    }

    @Test
    void aBatchOfOneRowWorks_andRowsAreIndependent() {
        var norm = new LayerNorm(3);
        Matrix alone = norm.forward(Matrix.row(1, 5, 2));
        Matrix together = norm.forward(Matrix.of(new double[] {1, 5, 2}, new double[] {9, 9, 8}));
        assertEquals(alone, together.row(0));
    }

    @Test
    void gradIn_sumsToZeroInEachRow() {
        // y does not change when a constant is added to a row, so dx has no component along 1.
        var rng = new Rng(22);
        var norm = new LayerNorm(4);
        norm.forward(Matrix.gaussian(2, 4, 1, rng));
        Matrix dx = norm.backward(Matrix.gaussian(2, 4, 1, rng));
        assertEquals(0, dx.row(0).sum(), 1e-12);
        assertEquals(0, dx.row(1).sum(), 1e-12);
    }

    @Test
    void rejectsBadShapesAndSettings() {
        assertThrows(IllegalArgumentException.class, () -> new LayerNorm(1));
        assertThrows(IllegalArgumentException.class, () -> new LayerNorm(3, 0));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new LayerNorm(3).forward(Matrix.zeros(2, 4)));
        assertEquals("LayerNorm(3) expects rows of 3 features, got 2×4", e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> new LayerNorm(3).backward(Matrix.zeros(1, 3)));
    }
}
