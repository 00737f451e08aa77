package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.beyond.Attention;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.function.ToDoubleFunction;

class ScaledDotProductTest {

    /// Checks dQ, dK and dV of `L = Σ (attention(Q, K, V) ⊙ R)` against central differences.
    private static Report check(boolean causal, int t, int tKeys, int d, int dv, long seed) {
        var rng = new Rng(seed);
        Matrix q = Matrix.gaussian(t, d, 1, rng), k = Matrix.gaussian(tKeys, d, 1, rng);
        Matrix v = Matrix.gaussian(tKeys, dv, 1, rng), r = Matrix.gaussian(t, dv, 1, rng);
        var attention = new ScaledDotProduct(causal);
        attention.forward(q, k, v);
        var grads = attention.backward(r);
        ToDoubleFunction<Matrix> loss =
                ignored -> new ScaledDotProduct(causal).forward(q, k, v).hadamard(r).sum();
        var entries = new java.util.ArrayList<>(GradientCheck.compare("Q", q, loss, grads.q())
                .entries());
        entries.addAll(GradientCheck.compare("K", k, loss, grads.k()).entries());
        entries.addAll(GradientCheck.compare("V", v, loss, grads.v()).entries());
        return new Report(entries);
    }

    @Test
    void backward_matchesFiniteDifferences() {
        Report report = check(false, 3, 4, 2, 3, 1);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void causalBackward_matchesFiniteDifferences() {
        Report report = check(true, 4, 4, 3, 2, 2);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void forward_agreesWithChapter12sAttention() {
        var rng = new Rng(3);
        Matrix q = Matrix.gaussian(2, 3, 1, rng), k = Matrix.gaussian(5, 3, 1, rng);
        Matrix v = Matrix.gaussian(5, 4, 1, rng);
        Matrix ours = new ScaledDotProduct(false).forward(q, k, v);
        assertTrue(ours.minus(Attention.attend(q, k, v)).norm() < 1e-14);
    }

    @Test
    void causalWeights_areZeroAboveTheDiagonal() {
        var rng = new Rng(4);
        Matrix x = Matrix.gaussian(4, 2, 1, rng);
        var attention = new ScaledDotProduct(true);
        attention.forward(x, x, x);
        Matrix a = attention.weights();
        for (int i = 0; i < 4; i++) {
            assertEquals(1, a.row(i).sum(), 1e-12);
            for (int j = i + 1; j < 4; j++) assertEquals(0, a.get(i, j));
        }
        assertEquals(1, a.get(0, 0), 1e-15); // the first token can only look at itself
    }

    @Test
    void aMaskedKeyGetsNoGradientFromEarlierQueries() {
        // Only query 0 carries gradient; it cannot see key 1, so dK row 1 and dV row 1 are 0.
        var rng = new Rng(5);
        Matrix q = Matrix.gaussian(2, 2, 1, rng), k = Matrix.gaussian(2, 2, 1, rng);
        Matrix v = Matrix.gaussian(2, 2, 1, rng);
        var attention = new ScaledDotProduct(true);
        attention.forward(q, k, v);
        var grads = attention.backward(Matrix.of(new double[] {1, -2}, new double[] {0, 0}));
        assertEquals(Matrix.zeros(1, 2), grads.k().row(1));
        assertEquals(Matrix.zeros(1, 2), grads.v().row(1));
    }

    @Test
    void rejectsMismatchedShapesAndBackwardBeforeForward() {
        var attention = new ScaledDotProduct(false);
        Matrix z22 = Matrix.zeros(2, 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> attention.forward(Matrix.zeros(2, 3), z22, z22));
        assertEquals("queries and keys need the same width d, got Q 2×3 and K 2×2", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> attention.forward(z22, Matrix.zeros(3, 2), z22));
        assertThrows(IllegalArgumentException.class, () -> new ScaledDotProduct(true)
                .forward(Matrix.zeros(2, 2), Matrix.zeros(3, 2), Matrix.zeros(3, 2)));
        assertThrows(IllegalStateException.class, () -> attention.backward(Matrix.zeros(2, 2)));
    }
}
