package nn.conv;

import nn.beyond.Convolution;
import nn.gradcheck.GradientCheck;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class Conv2dTest {

    @Test
    void forward_workedByHand() {
        // x = [[1, 2, 0], [0, 1, 3], [2, 0, 1]], k = [[1, 0], [0, -1]], b = 0.5:
        // y[0][0] = 1 − 1 + 0.5, y[0][1] = 2 − 3 + 0.5, y[1][0] = 0 − 0 + 0.5,
        // y[1][1] = 1 − 1 + 0.5
        var conv = Conv2d.of(new Volume(1, 3, 3), 2, Matrix.row(1, 0, 0, -1),
                Matrix.column(0.5));
        Matrix y = conv.forward(Matrix.row(1, 2, 0, 0, 1, 3, 2, 0, 1));
        assertEquals(Matrix.row(0.5, -0.5, 0.5, 0.5), y);
        assertEquals(new Volume(1, 2, 2), conv.out());
    }

    @Test
    void forward_isChapter12sCrossCorrelationPerChannelSummed() {
        Rng rng = new Rng(3);
        var in = new Volume(2, 6, 5);
        var conv = new Conv2d(in, 3, 3, rng);
        conv.bias().value().copyFrom(Matrix.gaussian(3, 1, 1, rng));
        Matrix x = Matrix.gaussian(2, in.size(), 1, rng);
        Matrix y = conv.forward(x);
        for (int e = 0; e < 2; e++) {
            double[] row = x.rowArray(e), yRow = y.rowArray(e);
            for (int f = 0; f < 3; f++) {
                double[] kernelRow = conv.kernels().value().rowArray(f);
                double[][] expected = new double[4][3];
                for (int ch = 0; ch < 2; ch++) {
                    double[][] map = Convolution.crossCorrelate2d(in.channel(row, ch),
                            new Volume(2, 3, 3).channel(kernelRow, ch));
                    for (int i = 0; i < 4; i++) {
                        for (int j = 0; j < 3; j++) expected[i][j] += map[i][j];
                    }
                }
                double[][] actual = conv.out().channel(yRow, f);
                for (int i = 0; i < 4; i++) {
                    for (int j = 0; j < 3; j++) {
                        double b = conv.bias().value().get(f, 0);
                        assertEquals(expected[i][j] + b, actual[i][j], 1e-12);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void backward_matchesFiniteDifferences(long seed) {
        Rng rng = new Rng(seed);
        var in = new Volume(1 + rng.nextInt(3), 4 + rng.nextInt(3), 4 + rng.nextInt(3));
        var conv = new Conv2d(in, 1 + rng.nextInt(3), 2 + rng.nextInt(2), rng);
        conv.bias().value().copyFrom(Matrix.gaussian(conv.out().channels(), 1, 1, rng));
        var report = GradientCheck.layer(conv, Matrix.gaussian(2, in.size(), 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void backward_isTheFlippedKernelFormulaOfTheChapter() {
        Rng rng = new Rng(7);
        var in = new Volume(1, 6, 7);
        var conv = new Conv2d(in, 1, 3, rng);
        Matrix x = Matrix.gaussian(1, in.size(), 1, rng);
        conv.forward(x);
        Matrix gradOut = Matrix.gaussian(1, conv.out().size(), 1, rng);
        Matrix gradIn = conv.backward(gradOut);

        double[][] dy = conv.out().channel(gradOut.rowArray(0), 0);
        double[][] k = new Volume(1, 3, 3).channel(conv.kernels().value().rowArray(0), 0);
        assertClose(ConvolutionGradients.gradInput(dy, k), in.channel(gradIn.rowArray(0), 0));
        assertClose(ConvolutionGradients.gradKernel(in.channel(x.rowArray(0), 0), dy),
                new Volume(1, 3, 3).channel(conv.kernels().grad().rowArray(0), 0));
        assertEquals(ConvolutionGradients.gradBias(dy), conv.bias().grad().item(), 1e-12);
    }

    @Test
    void backward_skipsZeroGradientsWithoutChangingTheResult() {
        // behind a max pooling most of gradOut is 0, and backward skips those entries
        Rng rng = new Rng(11);
        var in = new Volume(1, 5, 5);
        var conv = new Conv2d(in, 1, 2, rng);
        Matrix x = Matrix.gaussian(1, in.size(), 1, rng);
        conv.forward(x);
        Matrix gradOut = Matrix.gaussian(1, 16, 1, rng).map(g -> g > 0.5 ? g : 0);
        Matrix gradIn = conv.backward(gradOut);
        double[][] dy = conv.out().channel(gradOut.rowArray(0), 0);
        double[][] k = new Volume(1, 2, 2).channel(conv.kernels().value().rowArray(0), 0);
        assertClose(ConvolutionGradients.gradInput(dy, k), in.channel(gradIn.rowArray(0), 0));
        assertClose(ConvolutionGradients.gradKernel(in.channel(x.rowArray(0), 0), dy),
                new Volume(1, 2, 2).channel(conv.kernels().grad().rowArray(0), 0));
    }

    @Test
    void backwardParameters_accumulatesWhatBackwardDoes() {
        Rng rng = new Rng(9);
        var in = new Volume(2, 5, 5);
        Matrix kernels = Matrix.gaussian(3, 2 * 2 * 2, 1, rng);
        Matrix bias = Matrix.gaussian(3, 1, 1, rng);
        Matrix x = Matrix.gaussian(3, in.size(), 1, rng);
        var full = Conv2d.of(in, 2, kernels, bias);
        var partial = Conv2d.of(in, 2, kernels, bias);
        Matrix gradOut = Matrix.gaussian(3, full.out().size(), 1, rng);
        for (int t = 0; t < 2; t++) { // twice: both accumulate
            full.forward(x);
            full.backward(gradOut);
            partial.forward(x);
            partial.backwardParameters(gradOut);
        }
        assertEquals(full.kernels().grad(), partial.kernels().grad());
        assertEquals(full.bias().grad(), partial.bias().grad());
        full.kernels().zeroGrad();
        full.forward(x);
        full.backward(gradOut);
        Matrix twice = full.kernels().grad().scale(2);
        assertTrue(twice.minus(partial.kernels().grad()).norm() < 1e-12);
    }

    @Test
    void rejectsWrongShapes_namingThem() {
        var conv = new Conv2d(new Volume(1, 28, 28), 8, 5, new Rng(1));
        assertEquals(208, conv.kernels().value().size() + conv.bias().value().size());
        var e = assertThrows(IllegalArgumentException.class,
                () -> conv.forward(Matrix.zeros(2, 10)));
        assertEquals("Conv2d(1 → 8, 5×5) expects rows of 784 values (1×28×28), got 2×10",
                e.getMessage());
        var big = assertThrows(IllegalArgumentException.class,
                () -> new Conv2d(new Volume(1, 3, 3), 1, 4, new Rng(1)));
        assertEquals("a 4×4 kernel does not fit a 1×3×3 input", big.getMessage());
        assertThrows(IllegalStateException.class, () -> conv.backward(Matrix.zeros(1, 4608)));
        Matrix withNaN = Matrix.zeros(1, 784);
        withNaN.set(0, 30, Double.NaN);
        var nan = assertThrows(IllegalArgumentException.class, () -> conv.forward(withNaN));
        assertEquals("Conv2d(1 → 8, 5×5) input has NaN at row 0, column 30", nan.getMessage());
    }

    private static void assertClose(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-12, "row " + i);
        }
    }
}
