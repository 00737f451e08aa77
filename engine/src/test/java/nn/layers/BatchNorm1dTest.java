package nn.layers;

import nn.gradcheck.GradientCheck;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class BatchNorm1dTest {

    /// In training mode, so the gradient flows through the batch mean and variance too.
    /// At least 3 rows: with 2 rows x̂ is always ±1 (up to ε), so ∂L/∂x is ~1e-8 and the
    /// relative error compares round-off with round-off.
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void backward_matchesFiniteDifferences_inTraining(long seed) {
        Rng rng = new Rng(seed);
        int n = 3 + rng.nextInt(5), features = 1 + rng.nextInt(4);
        var bn = new BatchNorm1d(features);
        bn.parameters().get(0).value().copyFrom(Matrix.gaussian(1, features, 1, rng)); // γ
        bn.parameters().get(1).value().copyFrom(Matrix.gaussian(1, features, 1, rng)); // β
        Matrix x = Matrix.gaussian(n, features, 2, rng).plus(3);
        var report = GradientCheck.layer(bn, x, rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void training_normalizesEachColumn() {
        // column 0: 1, 2, 3 → mean 2, variance 2/3; column 1 constant → 0
        var bn = new BatchNorm1d(2);
        Matrix x = Matrix.of(new double[]{1, 5}, new double[]{2, 5}, new double[]{3, 5});
        Matrix y = bn.forward(x);
        double s = Math.sqrt(2.0 / 3 + 1e-5);
        assertEquals(-1 / s, y.get(0, 0), 1e-12);
        assertEquals(0, y.get(1, 0), 1e-12);
        assertEquals(1 / s, y.get(2, 0), 1e-12);
        assertEquals(0, y.get(0, 1), 1e-12);
    }

    @Test
    void training_updatesRunningStatistics() {
        // batch mean [2], unbiased variance 1: running = 0.9·[0, 1] + 0.1·[2, 1]
        var bn = new BatchNorm1d(1);
        bn.forward(Matrix.column(1, 2, 3));
        assertEquals(0.2, bn.runningMean().item(), 1e-12);
        assertEquals(1.0, bn.runningVariance().item(), 1e-12);
    }

    @Test
    void evaluation_usesRunningStatistics() {
        var bn = new BatchNorm1d(1, 1.0, 1e-5); // momentum 1: running = last batch
        bn.forward(Matrix.column(1, 2, 3));      // mean 2, unbiased variance 1
        bn.setTraining(false);
        Matrix y = bn.forward(Matrix.column(4));
        assertEquals(2 / Math.sqrt(1 + 1e-5), y.item(), 1e-12);
    }

    @Test
    void training_rejectsSingleRowBatch() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new BatchNorm1d(3).forward(Matrix.zeros(1, 3)));
        assertEquals("BatchNorm1d needs at least 2 rows per batch in training, got 1×3",
                e.getMessage());
    }

    @Test
    void forward_rejectsWrongWidth() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new BatchNorm1d(3).forward(Matrix.zeros(4, 2)));
        assertEquals("BatchNorm1d(3) expects inputs with 3 columns, got 4×2", e.getMessage());
    }
}
