package losses;

import nn.check.Exercise;
import nn.check.Expect;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "6.1", title = "Mean squared error and its gradient",
        file = "losses/MeanSquared.java",
        hints = {
            "yHat.minus(y) gives the errors; hadamard squares them entry by entry; sum() adds "
                    + "them up. Divide by yHat.rows(), the number of examples, not by the "
                    + "number of entries.",
            "Differentiate (1/n)·(ŷ − y)² with respect to one ŷ: 2(ŷ − y)/n. In code: "
                    + "yHat.minus(y).scale(2.0 / yHat.rows())."})
class MeanSquaredTest {

    @Test
    void valueOfTheChaptersBinaryExample() {
        // Errors 0.1, 0.2, 0.2, 0.4, 0.1: squares sum to 0.26, over n = 5 rows.
        Matrix y = Matrix.column(1, 0, 1, 1, 0);
        Matrix yHat = Matrix.column(0.9, 0.2, 0.8, 0.6, 0.1);
        Expect.near("MeanSquared.value(ŷ=[0.9, 0.2, 0.8, 0.6, 0.1] as a column, y=[1, 0, 1, 1, 0])",
                0.052, MeanSquared.value(yHat, y), 1e-12);
    }

    @Test
    void valueAveragesOverRowsNotEntries() {
        // Errors [[1, 0], [2, 3]]: squares sum to 14, over n = 2 rows is 7 (not 14/4 = 3.5).
        Matrix yHat = Matrix.of(new double[] {1, 2}, new double[] {3, 4});
        Matrix y = Matrix.of(new double[] {0, 2}, new double[] {1, 1});
        double value = MeanSquared.value(yHat, y);
        if (Math.abs(value - 3.5) < 1e-12) {
            throw new AssertionError("MeanSquared.value(ŷ=[[1, 2], [3, 4]], y=[[0, 2], [1, 1]]) "
                    + "returned 3.5: you divided by the 4 entries, but the book averages over the "
                    + "n = 2 rows (examples) and sums over each row's outputs, which gives 7");
        }
        Expect.near("MeanSquared.value(ŷ=[[1, 2], [3, 4]], y=[[0, 2], [1, 1]])", 7, value, 1e-12);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        var rng = new Rng(61);
        Matrix yHat = Matrix.gaussian(4, 3, 1, rng);
        Matrix y = Matrix.gaussian(4, 3, 1, rng);
        GradientAssert.matches("MeanSquared.gradient(ŷ, y) for random 4×3 matrices", yHat,
                m -> new MeanSquaredError().value(m, y), MeanSquared.gradient(yHat, y));
    }
}
