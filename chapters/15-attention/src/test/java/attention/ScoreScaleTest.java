package attention;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "15.3", title = "Predict the spread of the scores",
        file = "attention/ScoreScale.java",
        hints = {
            "Find the variance of q·k first; the factor is 1 over its square root.",
            "q·k is a sum of d products qⱼkⱼ. For independent numbers with mean 0, the variance of "
                    + "a product is the product of the variances, and variances of a sum add.",
            "With σ = 1 your answer must be the 1/√d of the chapter; check how it changes when "
                    + "both q and k are twice as large."})
class ScoreScaleTest {

    /// The standard deviation of `factor · q·k` over many random pairs.
    private static double measuredStd(int d, double sigma, double factor) {
        var rng = new Rng(15);
        int pairs = 20_000;
        double sumSquares = 0;
        for (int p = 0; p < pairs; p++) {
            double s = 0;
            for (int j = 0; j < d; j++) s += sigma * rng.gaussian() * sigma * rng.gaussian();
            sumSquares += factor * s * factor * s;
        }
        return Math.sqrt(sumSquares / pairs);
    }

    @Test
    void scaledScoresHaveStandardDeviationOne() {
        for (int d : new int[] {4, 64}) {
            for (double sigma : new double[] {1, 0.5, 3}) {
                double factor = ScoreScale.factor(d, sigma);
                Expect.near(("standard deviation of ScoreScale.factor(%d, %s)·q·k, measured over "
                        + "20000 random pairs").formatted(d, sigma), 1,
                        measuredStd(d, sigma, factor), 0.03);
            }
        }
    }

    @Test
    void isExactlyTheFactorThatFollowsFromTheVariance() {
        Expect.near("ScoreScale.factor(16, 2)", 1 / (4.0 * 4), ScoreScale.factor(16, 2), 1e-12);
    }
}
