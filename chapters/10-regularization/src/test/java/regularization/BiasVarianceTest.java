package regularization;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "10.5", title = "Bias and variance of many fits",
        file = "regularization/BiasVariance.java",
        hints = {
            "Predict before you code: three fits that all predict 2 where the truth is 1 have "
                    + "which bias² and which variance? And fits 0 and 2 where the truth is 1?",
            "Both go point by point: first the mean f̄ of the fits at test point g, then bias² "
                    + "compares f̄ with the truth and variance compares each fit with f̄. Divide "
                    + "by the number of fits for the variance (not by one less), so that "
                    + "bias² + variance is exactly the mean squared distance to the truth."})
class BiasVarianceTest {

    @Test
    void handWorkedCases() {
        // Point 0: fits 2, 2, 2 against truth 1: all bias (1), no variance.
        // Point 1: fits 0, 2, 1 against truth 1: no bias, variance (1 + 1 + 0)/3 = 2/3.
        double[][] fits = {{2, 0}, {2, 2}, {2, 1}};
        double[] truth = {1, 1};
        Expect.near("BiasVariance.biasSquared(fits=[[2, 0], [2, 2], [2, 1]], truth=[1, 1])",
                0.5, BiasVariance.biasSquared(fits, truth), 1e-15);
        Expect.near("BiasVariance.variance(fits=[[2, 0], [2, 2], [2, 1]], truth=[1, 1])",
                1 / 3.0, BiasVariance.variance(fits, truth), 1e-15);
    }

    @Test
    void biasSquaredPlusVarianceIsTheMeanSquaredDistanceToTheTruth() {
        Rng rng = new Rng(105);
        double[][] fits = new double[50][7];
        double[] truth = new double[7];
        for (int g = 0; g < 7; g++) truth[g] = rng.gaussian();
        for (double[] fit : fits) for (int g = 0; g < 7; g++) fit[g] = 0.5 + rng.gaussian();
        double mse = 0;
        for (double[] fit : fits) {
            for (int g = 0; g < 7; g++) mse += Math.pow(fit[g] - truth[g], 2) / (50 * 7);
        }
        double b2 = BiasVariance.biasSquared(fits, truth);
        double v = BiasVariance.variance(fits, truth);
        Expect.near("biasSquared + variance for 50 random fits at 7 points, compared with the "
                + "mean squared distance of the fits to the truth", mse, b2 + v, 1e-12);
        if (!(v > 0.5 && v < 1.5)) {
            throw new AssertionError(("BiasVariance.variance returned %s for fits with noise of "
                    + "variance 1 around their mean; expected about 1").formatted(v));
        }
    }
}
