package nn.math;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeastSquaresTest {

    @Test
    void recoversAnExactLine() {
        // y = 1 + 2x through x = 0, 1, 2, 3: columns (1, x).
        Matrix a = Matrix.of(new double[] {1, 0}, new double[] {1, 1}, new double[] {1, 2},
                new double[] {1, 3});
        Matrix b = Matrix.column(1, 3, 5, 7);
        assertArrayEquals(new double[] {1, 2}, LeastSquares.solve(a, b, 0).toArray(), 1e-12);
    }

    @Test
    void residualIsOrthogonalToTheColumns() {
        Rng rng = new Rng(4);
        Matrix a = Matrix.gaussian(30, 4, 1, rng);
        Matrix b = Matrix.gaussian(30, 1, 1, rng);
        Matrix residual = a.times(LeastSquares.solve(a, b, 0)).minus(b);
        assertArrayEquals(new double[4], a.transposeTimes(residual).toArray(), 1e-12);
    }

    @Test
    void ridgeShrinksTowardsZero() {
        // One column of ones: w = Σb / (n + λ) = 6 / (3 + 3) = 1.
        Matrix w = LeastSquares.solve(Matrix.filled(3, 1, 1), Matrix.column(1, 2, 3), 3);
        assertEquals(1, w.item(), 1e-15);
    }

    @Test
    void fitsAPolynomialThroughItsPowers() {
        Matrix x = Matrix.column(-1, -0.5, 0, 0.5, 1, 2);
        Matrix y = x.map(v -> 2 - v + 3 * v * v);
        Matrix w = LeastSquares.solve(LeastSquares.powers(x, 2), y, 0);
        assertArrayEquals(new double[] {2, -1, 3}, w.toArray(), 1e-12);
        assertArrayEquals(new double[] {1, 2, 4}, LeastSquares.powers(Matrix.row(2.0), 2).toArray());
    }

    @Test
    void dependentColumnsWithoutRidgeAreRejected() {
        Matrix a = Matrix.of(new double[] {1, 2}, new double[] {2, 4});
        var e = assertThrows(IllegalArgumentException.class,
                () -> LeastSquares.solve(a, Matrix.column(1, 1), 0));
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
    }
}
