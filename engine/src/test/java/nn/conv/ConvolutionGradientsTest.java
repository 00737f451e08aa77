package nn.conv;

import nn.beyond.Convolution;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ConvolutionGradientsTest {

    @Test
    void flipped_turnsTheKernelBy180Degrees() {
        double[][] k = {{1, 2}, {3, 4}};
        assertArrayEquals(new double[][]{{4, 3}, {2, 1}}, ConvolutionGradients.flipped(k));
    }

    @Test
    void padded_addsZerosOnEverySide() {
        assertArrayEquals(new double[][]{{0, 0, 0}, {0, 5, 0}, {0, 0, 0}},
                ConvolutionGradients.padded(new double[][]{{5}}, 1, 1));
    }

    @Test
    void gradInput_workedByHand() {
        // k = [[1, 2], [3, 4]] on a 3 × 3 input, gradOut = [[1, 0], [0, 0]]: only y[0][0]
        // matters, and it saw x[0..1][0..1] with weights k, so ∂L/∂x is k in the top left
        double[][] gradIn = ConvolutionGradients.gradInput(new double[][]{{1, 0}, {0, 0}},
                new double[][]{{1, 2}, {3, 4}});
        assertArrayEquals(new double[][]{{1, 2, 0}, {3, 4, 0}, {0, 0, 0}}, gradIn);
    }

    @Test
    void gradients_matchFiniteDifferencesOfCrossCorrelation() {
        Rng rng = new Rng(4);
        double[][] x = gaussian(5, 6, rng), k = gaussian(3, 2, rng), r = gaussian(3, 5, rng);
        double[][] gradX = ConvolutionGradients.gradInput(r, k);
        double[][] gradK = ConvolutionGradients.gradKernel(x, r);
        double h = 1e-5;
        for (int p = 0; p < 5; p++) {
            for (int q = 0; q < 6; q++) {
                double numeric = difference(x, p, q, h, () -> loss(x, k, r));
                assertEquals(numeric, gradX[p][q], 1e-8, "dx at " + p + "," + q);
            }
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 2; b++) {
                double numeric = difference(k, a, b, h, () -> loss(x, k, r));
                assertEquals(numeric, gradK[a][b], 1e-8, "dk at " + a + "," + b);
            }
        }
    }

    @Test
    void gradBias_sumsTheUpstreamGradient() {
        assertEquals(2.5, ConvolutionGradients.gradBias(new double[][]{{1, -0.5}, {2, 0}}));
    }

    /// `L = Σ (x ⋆ k) ⊙ r`, so that `∂L/∂y = r`.
    private static double loss(double[][] x, double[][] k, double[][] r) {
        double[][] y = Convolution.crossCorrelate2d(x, k);
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) sum += y[i][j] * r[i][j];
        }
        return sum;
    }

    private static double difference(double[][] m, int i, int j, double h,
                                     java.util.function.DoubleSupplier f) {
        double original = m[i][j];
        m[i][j] = original + h;
        double plus = f.getAsDouble();
        m[i][j] = original - h;
        double minus = f.getAsDouble();
        m[i][j] = original;
        return (plus - minus) / (2 * h);
    }

    private static double[][] gaussian(int rows, int cols, Rng rng) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) for (int j = 0; j < cols; j++) row[j] = rng.gaussian();
        return m;
    }
}
