package nn.layers;

import nn.gradcheck.GradientCheck;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class DropoutTest {

    /// Dropout with the same mask on every forward pass: each forward builds a fresh `Dropout`
    /// from the same seed, so the finite differences see one fixed function `x ⊙ m`.
    static final class FixedMaskDropout implements Layer {
        private final double p;
        private final long seed;
        private Dropout last;

        FixedMaskDropout(double p, long seed) {
            this.p = p;
            this.seed = seed;
        }

        public Matrix forward(Matrix x) {
            last = new Dropout(p, new Rng(seed));
            return last.forward(x);
        }

        public Matrix backward(Matrix gradOut) { return last.backward(gradOut); }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void backward_matchesFiniteDifferences_withFixedMask(long seed) {
        Rng rng = new Rng(seed);
        Matrix x = Matrix.gaussian(1 + rng.nextInt(5), 1 + rng.nextInt(5), 1, rng);
        var report = GradientCheck.layer(new FixedMaskDropout(0.4, seed), x, rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void forward_zeroesOrScalesEachEntry() {
        Dropout dropout = new Dropout(0.5, new Rng(3));
        Matrix y = dropout.forward(Matrix.filled(20, 20, 1));
        for (double v : y.toArray()) assertTrue(v == 0 || v == 2, "entry " + v);
    }

    @Test
    void forward_keepsTheMeanOnAverage() {
        // inverted dropout: E[y] = (1 − p)·x/(1 − p) = x; the share kept is Binomial(40 000, 0.7)
        // with standard deviation 0.0023, so the mean of y is 1 within 0.02 (over 5 std devs).
        Dropout dropout = new Dropout(0.3, new Rng(5));
        Matrix y = dropout.forward(Matrix.filled(200, 200, 1));
        assertEquals(1, y.mean(), 0.02);
    }

    @Test
    void backward_usesTheSameMaskAsForward() {
        Dropout dropout = new Dropout(0.5, new Rng(9));
        Matrix y = dropout.forward(Matrix.filled(3, 4, 1));
        assertEquals(y, dropout.backward(Matrix.filled(3, 4, 1)));
    }

    @Test
    void evaluationMode_isIdentity() {
        Dropout dropout = new Dropout(0.9, new Rng(1));
        dropout.setTraining(false);
        Matrix x = Matrix.gaussian(3, 3, 1, new Rng(2));
        assertSame(x, dropout.forward(x));
        assertEquals(x, dropout.backward(x));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1, 1.5, Double.NaN})
    void constructor_rejectsPOutsideZeroToOne(double p) {
        var e = assertThrows(IllegalArgumentException.class, () -> new Dropout(p, new Rng(1)));
        assertEquals("dropout probability p must be in [0, 1) (the share dropped), got " + p,
                e.getMessage());
    }
}
