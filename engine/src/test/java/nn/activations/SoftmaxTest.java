package nn.activations;

import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftmaxTest {

    @Test
    void apply_givesPositiveRowsThatSumToOne() {
        Matrix a = Softmax.apply(Matrix.gaussian(5, 4, 3, new Rng(1)));
        assertTrue(a.min() > 0);
        for (int i = 0; i < a.rows(); i++) assertEquals(1, a.row(i).sum(), 1e-15);
    }

    @Test
    void apply_matchesHandWorkedRow() {
        // e^(ln 1), e^(ln 2), e^(ln 3) over their sum 6.
        Matrix a = Softmax.apply(Matrix.row(0, Math.log(2), Math.log(3)));
        assertArrayEquals(new double[] {1 / 6.0, 2 / 6.0, 3 / 6.0}, a.toArray(), 1e-15);
    }

    @Test
    void apply_isStableForHugeScores() {
        assertArrayEquals(new double[] {0.5, 0.5}, Softmax.apply(Matrix.row(1000, 1000)).toArray());
        assertArrayEquals(new double[] {1, 0}, Softmax.apply(Matrix.row(1000, 0)).toArray());
        assertEquals(null, Softmax.apply(Matrix.row(-1000, 1000, 3)).firstNonFinite());
    }

    @Test
    void apply_ignoresAConstantAddedToARow() {
        Matrix z = Matrix.gaussian(3, 4, 1, new Rng(2));
        assertArrayEquals(Softmax.apply(z).toArray(), Softmax.apply(z.plus(50)).toArray(), 1e-15);
    }

    @Test
    void logSumExp_isStableAndMatchesDefinition() {
        assertEquals(1000 + Math.log(2), Softmax.logSumExp(new double[] {1000, 1000}), 1e-12);
        double[] row = {0.5, -1, 2};
        double direct = Math.log(Math.exp(0.5) + Math.exp(-1) + Math.exp(2));
        assertEquals(direct, Softmax.logSumExp(row), 1e-15);
    }

    // L = Σ softmax(z) ⊙ R for a fixed random R, so ∂L/∂softmax = R and ∂L/∂z = backward(a, R).
    @Test
    void backward_matchesFiniteDifferences() {
        Rng rng = new Rng(3);
        Matrix z = Matrix.gaussian(4, 5, 2, rng);
        Matrix r = Matrix.gaussian(4, 5, 1, rng);
        Matrix gradIn = Softmax.backward(Softmax.apply(z), r);
        Report report =
                GradientCheck.compare("z", z, m -> Softmax.apply(m).hadamard(r).sum(), gradIn);
        assertTrue(report.passed(1e-7), () -> "worst: " + report.worst());
    }

    @Test
    void apply_withAnInfiniteScore_namesItInsteadOfReturningNaN() {
        var z = Matrix.of(new double[] {1, Double.POSITIVE_INFINITY, 0});
        var e = assertThrows(IllegalArgumentException.class,
                () -> Softmax.apply(z));
        assertEquals(
                "softmax input has Infinity at row 0, column 1", e.getMessage());
        var y = Matrix.of(new double[] {0, 1, 0});
        var f = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxCrossEntropy().value(z, y));
        assertEquals(
                "softmax cross-entropy logits has Infinity at row 0, column 1", f.getMessage());
    }
}
