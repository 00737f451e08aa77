package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

class DatasetsTest {

    private static long count(Dataset data, int label) {
        return Arrays.stream(data.labels()).filter(l -> l == label).count();
    }

    private static double radius(Dataset data, int i) {
        return Math.hypot(data.x().get(i, 0), data.x().get(i, 1));
    }

    @Test
    void xor_isTheTruthTable() {
        Dataset xor = Datasets.xor();
        for (int i = 0; i < 4; i++) {
            int a = (int) xor.x().get(i, 0);
            int b = (int) xor.x().get(i, 1);
            assertEquals(a ^ b, xor.label(i));
            assertEquals(a ^ b, xor.y().get(i, 0));
        }
    }

    @Test
    void twoSpirals_hasBalancedLabelsAndTheDocumentedRadiiAndAngles() {
        Dataset spirals = Datasets.twoSpirals(50, 0, new Rng(1));
        assertEquals("100×2", spirals.x().shape());
        assertEquals(50, count(spirals, 0));
        for (int i = 0; i < spirals.size(); i++) {
            double r = radius(spirals, i);
            int k = (int) Math.round(r * 50) - 1; // r = (k + 1) / perClass
            assertEquals((k + 1) / 50.0, r, 1e-12);
            double theta = 3 * Math.PI * r + spirals.label(i) * Math.PI;
            assertEquals(r * Math.cos(theta), spirals.x().get(i, 0), 1e-12);
            assertEquals(r * Math.sin(theta), spirals.x().get(i, 1), 1e-12);
        }
    }

    @Test
    void twoSpirals_classOneIsClassZeroTurnedByHalfATurn() {
        Dataset spirals = Datasets.twoSpirals(20, 0, new Rng(2));
        double[][] zero = new double[21][];
        double[][] one = new double[21][];
        for (int i = 0; i < spirals.size(); i++) {
            int k = (int) Math.round(radius(spirals, i) * 20);
            (spirals.label(i) == 0 ? zero : one)[k] = spirals.x().rowArray(i);
        }
        for (int k = 1; k <= 20; k++) {
            assertEquals(-zero[k][0], one[k][0], 1e-12);
            assertEquals(-zero[k][1], one[k][1], 1e-12);
        }
    }

    @Test
    void moons_splitsLikeScikitLearn_andLiesOnTwoHalfCircles() {
        Dataset moons = Datasets.moons(101, 0, new Rng(3));
        assertEquals(50, count(moons, 0)); // n / 2 outer, the rest inner
        assertEquals(51, count(moons, 1));
        for (int i = 0; i < moons.size(); i++) {
            double x0 = moons.x().get(i, 0);
            double x1 = moons.x().get(i, 1);
            if (moons.label(i) == 0) {
                assertEquals(1, Math.hypot(x0, x1), 1e-12);
                assertTrue(x1 >= -1e-12);
            } else {
                assertEquals(1, Math.hypot(x0 - 1, x1 - 0.5), 1e-12);
                assertTrue(x1 <= 0.5 + 1e-12);
            }
        }
    }

    @Test
    void circles_putsClassOneOnTheInnerCircle() {
        Dataset circles = Datasets.circles(60, 0, 0.4, new Rng(4));
        assertEquals(30, count(circles, 1));
        for (int i = 0; i < circles.size(); i++) {
            assertEquals(circles.label(i) == 0 ? 1 : 0.4, radius(circles, i), 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> Datasets.circles(10, 0, 1, new Rng(1)));
    }

    @Test
    void noise_movesPointsByAboutItsStandardDeviation() {
        Dataset clean = Datasets.circles(2000, 0, 0.5, new Rng(5));
        Dataset noisy = Datasets.circles(2000, 0.1, 0.5, new Rng(5));
        double squares = 0;
        for (int i = 0; i < noisy.size(); i++) {
            double off = radius(noisy, i) - (noisy.label(i) == 0 ? 1 : 0.5);
            squares += off * off;
        }
        // the radial part of 2-D N(0, 0.1²) noise has standard deviation close to 0.1
        assertEquals(0.1, Math.sqrt(squares / noisy.size()), 0.01);
        assertNotEquals(clean.x(), noisy.x());
    }

    @Test
    void sameSeed_givesTheSameData_otherSeed_differentData() {
        assertEquals(Datasets.moons(40, 0.1, new Rng(9)), Datasets.moons(40, 0.1, new Rng(9)));
        assertEquals(Datasets.twoSpirals(30, 0.2, new Rng(9)),
                Datasets.twoSpirals(30, 0.2, new Rng(9)));
        assertEquals(Datasets.sumRegression(10, 20, 0.1, new Rng(9)),
                Datasets.sumRegression(10, 20, 0.1, new Rng(9)));
        assertNotEquals(Datasets.moons(40, 0.1, new Rng(9)), Datasets.moons(40, 0.1, new Rng(10)));
    }

    @Test
    void sumRegression_targetIsTheRowSumPlusNoise() {
        Dataset exact = Datasets.sumRegression(100, 20, 0, new Rng(6));
        assertEquals("100×20", exact.x().shape());
        assertEquals("100×1", exact.y().shape());
        assertFalse(exact.hasLabels());
        for (int i = 0; i < 100; i++) {
            assertEquals(Arrays.stream(exact.x().rowArray(i)).sum(), exact.y().get(i, 0), 1e-12);
        }
        Dataset noisy = Datasets.sumRegression(5000, 20, 0.1, new Rng(6));
        Matrix residual = noisy.y().minus(noisy.x().rowSums());
        assertEquals(0.1, residual.norm() / Math.sqrt(5000), 0.005);
    }

    @Test
    void factories_rejectBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> Datasets.twoSpirals(0, 0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Datasets.moons(3, 0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Datasets.moons(10, -1, new Rng(1)));
    }
}
