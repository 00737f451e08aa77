package optimizers;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "7.4", title = "Clip by global norm", file = "optimizers/ClipGradients.java",
        hints = {
            "One norm for everything: add up the squares of all entries of all arrays, then take "
                    + "the square root.",
            "Only when norm > maxNorm: for every array g and every i, g[i] *= maxNorm / norm. "
                    + "Return the norm."})
class ClipGradientsTest {

    @Test
    void scalesAllArraysByOneFactor() {
        // ‖g‖ = √(3² + 4² + 12²) = √169 = 13; clipping at 1 divides every entry by 13.
        double[][] g = {{3, 4}, {12}};
        double norm = ClipGradients.byGlobalNorm(g, 1);
        String call = "ClipGradients.byGlobalNorm([[3, 4], [12]], maxNorm=1)";
        Expect.near(call + " (the norm before clipping)", 13, norm, 1e-12);
        Expect.near(call + " first array afterwards",
                new double[] {3.0 / 13, 4.0 / 13}, g[0], 1e-12);
        Expect.near(call + " second array afterwards", new double[] {12.0 / 13}, g[1], 1e-12);
    }

    @Test
    void leavesShortGradientsExactlyAlone() {
        double[][] g = {{0.3}, {0.4}}; // norm 0.5
        double norm = ClipGradients.byGlobalNorm(g, 1);
        String call = "ClipGradients.byGlobalNorm([[0.3], [0.4]], maxNorm=1)";
        Expect.near(call + " (the norm)", 0.5, norm, 1e-12);
        String unchanged = call + " must not change a gradient shorter than maxNorm; ";
        Expect.near(unchanged + "first array", new double[] {0.3}, g[0], 0);
        Expect.near(unchanged + "second array", new double[] {0.4}, g[1], 0);
    }

    @Test
    void clipsToExactlyMaxNorm() {
        double[][] g = {{-6, 0, 8}}; // norm 10
        ClipGradients.byGlobalNorm(g, 2.5);
        Expect.near("ClipGradients.byGlobalNorm([[-6, 0, 8]], maxNorm=2.5) afterwards",
                new double[] {-1.5, 0, 2}, g[0], 1e-12);
    }

    @Test
    void rejectsANonPositiveMaxNorm() {
        Expect.rejects("ClipGradients.byGlobalNorm([[1]], maxNorm=0)",
                () -> ClipGradients.byGlobalNorm(new double[][] {{1}}, 0),
                "no gradient can be clipped to length 0");
    }
}
