package nn.losses;

import nn.activations.Softmax;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelSmoothingTest {

    private static Matrix oneHot(int n, int k, Rng rng) {
        Matrix y = Matrix.zeros(n, k);
        for (int i = 0; i < n; i++) y.set(i, rng.nextInt(k), 1);
        return y;
    }

    @Test
    void smooth_movesEpsilonOfTheMassToTheUniformDistribution() {
        // ε = 0.1, k = 4: the true class keeps 0.9 + 0.025, every other class gets 0.025.
        Matrix smoothed = LabelSmoothing.smooth(Matrix.row(0, 0, 1, 0), 0.1);
        assertArrayEquals(new double[] {0.025, 0.025, 0.925, 0.025}, smoothed.toArray(), 1e-15);
    }

    @Test
    void gradient_matchesFiniteDifferences() {
        for (long seed = 1; seed <= 4; seed++) {
            Rng rng = new Rng(seed);
            Matrix z = Matrix.gaussian(3, 5, 1, rng);
            Matrix y = oneHot(3, 5, rng);
            double epsilon = 0.05 * seed;
            Report report = GradientCheck.compare("z", z,
                    m -> LabelSmoothing.value(m, y, epsilon),
                    LabelSmoothing.gradient(z, y, epsilon));
            assertTrue(report.passed(1e-7), () -> "worst: " + report.worst());
        }
    }

    @Test
    void gradientVanishesWhereSoftmaxEqualsTheSmoothedTargets() {
        Matrix y = Matrix.row(0, 1, 0);
        Matrix target = LabelSmoothing.smooth(y, 0.2);
        Matrix z = target.map(Math::log); // softmax(ln y') = y', since y' sums to 1
        assertArrayEquals(target.toArray(), Softmax.apply(z).toArray(), 1e-15);
        assertArrayEquals(new double[3], LabelSmoothing.gradient(z, y, 0.2).toArray(), 1e-15);
    }

    @Test
    void zeroEpsilonIsPlainCrossEntropy() {
        Rng rng = new Rng(3);
        Matrix z = Matrix.gaussian(4, 3, 1, rng);
        Matrix y = oneHot(4, 3, rng);
        assertEquals(new SoftmaxCrossEntropy().value(z, y), LabelSmoothing.value(z, y, 0), 1e-15);
    }

    @Test
    void rejectsEpsilonOutsideZeroOne() {
        for (double epsilon : new double[] {-0.1, 1, Double.NaN}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> LabelSmoothing.smooth(Matrix.row(1, 0), epsilon));
            assertTrue(e.getMessage().contains("ε = " + epsilon), e.getMessage());
        }
    }
}
