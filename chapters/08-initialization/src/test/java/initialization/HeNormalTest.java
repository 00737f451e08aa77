package initialization;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "8.2", title = "He normal", file = "initialization/HeNormal.java",
        hints = {
            "ReLU zeroes half of its inputs, so He doubles LeCun's variance: Var(w) = 2 / fanIn.",
            "std = Math.sqrt(2.0 / fanIn); then fill a new double[fanIn][fanOut] with "
                    + "std * rng.gaussian()."})
class HeNormalTest {

    @Test
    void stdIsRootOfTwoOverFanIn() {
        // √(2/50) = 0.2, √(2/2) = 1, √(2/800) = 0.05.
        Expect.near("HeNormal.std(50)", 0.2, HeNormal.std(50), 1e-12);
        Expect.near("HeNormal.std(2)", 1, HeNormal.std(2), 1e-12);
        Expect.near("HeNormal.std(800)", 0.05, HeNormal.std(800), 1e-12);
    }

    @Test
    void sampleHasTheShapeFanInByFanOut() {
        double[][] w = HeNormal.sample(3, 7, new Rng(1));
        if (w == null) throw new AssertionError("HeNormal.sample(3, 7, rng) returned null");
        Expect.equal("HeNormal.sample(3, 7, rng).length (rows = fanIn)", 3, w.length);
        Expect.equal("HeNormal.sample(3, 7, rng)[0].length (columns = fanOut)", 7, w[0].length);
    }

    @Test
    void sampleHasMeanZeroAndVarianceTwoOverFanIn() {
        // 300 × 400 = 120,000 draws: the sample mean's standard error is σ/√N ≈ 0.0002 and the
        // sample variance's relative standard error √(2/N) ≈ 0.4 %; we allow about 5 of each.
        int fanIn = 300, fanOut = 400, n = fanIn * fanOut;
        double[][] w = HeNormal.sample(fanIn, fanOut, new Rng(42));
        double sum = 0, sumSquares = 0;
        for (double[] row : w) for (double v : row) { sum += v; sumSquares += v * v; }
        double mean = sum / n, variance = sumSquares / n - mean * mean;
        Expect.near("the mean of HeNormal.sample(300, 400, rng)", 0, mean, 0.001);
        Expect.near("the variance of HeNormal.sample(300, 400, rng) (should be 2/300)", 2.0 / 300,
                variance, 0.02 * 2.0 / 300);
    }
}
