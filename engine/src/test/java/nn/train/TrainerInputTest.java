package nn.train;

import nn.layers.Dense;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.SGD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.*;

/// Every kind of bad input is rejected with a message that names it.
class TrainerInputTest {

    static Trainer trainer() {
        return new Trainer(new MeanSquaredError(), new SGD(0.1)).epochs(2).batchSize(2);
    }

    static Dense model() {
        return new Dense(2, 1, new Rng(1));
    }

    static void assertMessage(String expected, Executable run) {
        var e = assertThrows(IllegalArgumentException.class, run);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void batchSizeBelowOne_isRejected() {
        assertMessage("batch size must be at least 1, got 0", () -> trainer().batchSize(0));
    }

    @Test
    void epochsBelowOne_isRejected() {
        assertMessage("epochs must be at least 1, got -3", () -> trainer().epochs(-3));
    }

    @Test
    void rowMismatch_namesBothShapes() {
        assertMessage("x and y need one row per example, got x 4×2 and y 3×1",
                () -> trainer().fit(model(), Matrix.zeros(4, 2), Matrix.zeros(3, 1)));
    }

    @Test
    void nanInX_namesTheRow() {
        Matrix x = Matrix.zeros(4, 2);
        x.set(2, 1, Double.NaN);
        assertMessage("x row 2 holds NaN in column 1; fix or drop that example",
                () -> trainer().fit(model(), x, Matrix.zeros(4, 1)));
    }

    @Test
    void infinityInY_namesTheRow() {
        Matrix y = Matrix.zeros(4, 1);
        y.set(3, 0, Double.POSITIVE_INFINITY);
        assertMessage("y row 3 holds Infinity in column 0; fix or drop that example",
                () -> trainer().fit(model(), Matrix.zeros(4, 2), y));
    }

    @Test
    void validationSplitLeavingNoTrainingRows_isRejected() {
        // ⌊3·(1 − 0.8)⌋ = 0 rows would train
        assertMessage("a validation split of 0.8 of 3 rows leaves 0 rows to train, 3 to validate",
                () -> trainer().validationSplit(0.8).fit(model(), Matrix.zeros(3, 2),
                        Matrix.zeros(3, 1)));
    }

    @Test
    void validationSplitOfOne_isRejected() {
        assertMessage("validation split must be in [0, 1), got 1.0",
                () -> trainer().validationSplit(1));
    }

    @Test
    void validationDataOfWrongWidth_isRejected() {
        assertMessage("validation data must have the columns of x 4×2 and y 4×1, got 2×3 and 2×1",
                () -> trainer().validationData(Matrix.zeros(2, 3), Matrix.zeros(2, 1))
                        .fit(model(), Matrix.zeros(4, 2), Matrix.zeros(4, 1)));
    }

    @Test
    void divergingLoss_stopsWithEpochBatchAndAdvice() {
        // y = 1000·x with learning rate 10: every step overshoots more, until overflow
        Matrix x = Matrix.gaussian(8, 2, 100, new Rng(1));
        Matrix y = x.times(Matrix.column(1000, 1000));
        var trainer = new Trainer(new MeanSquaredError(), new SGD(10)).epochs(100).batchSize(4);
        var e = assertThrows(IllegalStateException.class, () -> trainer.fit(model(), x, y));
        assertTrue(e.getMessage().matches(
                "the loss became (NaN|Infinity) in epoch \\d+, batch [12] of 2: training diverged; "
                        + "try a smaller learning rate than 10.0"), e.getMessage());
    }
}
