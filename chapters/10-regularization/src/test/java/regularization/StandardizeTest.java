package regularization;

import nn.check.Exercise;
import nn.check.Expect;
import nn.data.Standardizer;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "10.1", title = "Standardize with training statistics",
        file = "regularization/Standardize.java", hints = {
        "Compute the mean and standard deviation of each column of train (divide by n, not "
                + "n − 1), then use them on every row of x.",
        "If you get the right answer for x = train but not for other x, you are measuring x: "
                + "μ and σ must come from train alone."})
class StandardizeTest {

    private static void check(String call, Matrix expected, Matrix actual) {
        if (actual == null) throw new AssertionError(call + " returned null");
        Expect.near(call, expected.toArray(), actual.toArray(), 1e-9);
    }

    @Test
    void byHand() {
        // Column 1: 1, 3 → μ = 2, σ = 1. Column 2: 10, 30 → μ = 20, σ = 10.
        Matrix train = Matrix.of(new double[] {1, 10}, new double[] {3, 30});
        Matrix x = Matrix.of(new double[] {2, 40}, new double[] {5, 0});
        check("Standardize.apply(train=[[1, 10], [3, 30]], x=[[2, 40], [5, 0]])",
                Matrix.of(new double[] {0, 2}, new double[] {3, -2}), Standardize.apply(train, x));
    }

    @Test
    void usesTrainingStatisticsNotTheOtherData() {
        var rng = new Rng(1);
        Matrix train = Matrix.gaussian(50, 3, 2, rng).plusRow(Matrix.row(5, -1, 0));
        Matrix test = Matrix.gaussian(7, 3, 4, rng);
        check("Standardize.apply(train, test) for a 50×3 train and 7×3 test",
                Standardizer.fit(train).transform(test), Standardize.apply(train, test));
    }

    @Test
    void constantColumnBecomesZero() {
        Matrix train = Matrix.of(new double[] {4, 1}, new double[] {4, 3});
        check("Standardize.apply(train=[[4, 1], [4, 3]], x=[[4, 2]])",
                Matrix.row(0, 0), Standardize.apply(train, Matrix.row(4, 2)));
    }
}
