package nn.beyond;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ConvolutionTest {

    @Test
    void convolve_matchesAHandWorkedExample() {
        // [1, 2, 3] ∗ [0, 1, 0.5]: n=0: 1·0; n=1: 1·1 + 2·0; n=2: 1·0.5 + 2·1 + 3·0;
        // n=3: 2·0.5 + 3·1; n=4: 3·0.5.
        assertArrayEquals(new double[] {0, 1, 2.5, 4, 1.5},
                Convolution.convolve(new double[] {1, 2, 3}, new double[] {0, 1, 0.5}), 1e-15);
    }

    @Test
    void convolve_isCommutative() {
        double[] f = {0.3, -1, 2, 0.5}, g = {1, 4, -2};
        assertArrayEquals(Convolution.convolve(f, g), Convolution.convolve(g, f), 1e-12);
    }

    @Test
    void convolve_withAUnitImpulseGivesTheOtherArrayBack() {
        assertArrayEquals(new double[] {0, 5, 6, 7},
                Convolution.convolve(new double[] {0, 1}, new double[] {5, 6, 7}), 0);
    }

    @Test
    void crossCorrelate_slidesTheKernelWithoutFlipping() {
        // [1, 2, 4, 7] with [-1, 1]: 2−1, 4−2, 7−4.
        assertArrayEquals(new double[] {1, 2, 3},
                Convolution.crossCorrelate(new double[] {1, 2, 4, 7}, new double[] {-1, 1}), 0);
    }

    @Test
    void validConvolutionIsCrossCorrelationWithTheFlippedKernel() {
        double[] x = {0.5, -1, 3, 2, 0, 1}, k = {2, -1, 0.25};
        double[] full = Convolution.convolve(x, k);
        double[] valid = java.util.Arrays.copyOfRange(full, k.length - 1, x.length);
        assertArrayEquals(valid, Convolution.crossCorrelate(x, Convolution.reversed(k)), 1e-12);
    }

    @Test
    void crossCorrelate2d_matchesAHandWorkedExample() {
        double[][] image = {{1, 2, 0}, {0, 1, 3}, {4, 0, 1}};
        double[][] kernel = {{1, 0}, {0, -1}};
        // y[i][j] = x[i][j] − x[i+1][j+1]: 1−1, 2−3, 0−0, 1−1.
        double[][] y = Convolution.crossCorrelate2d(image, kernel);
        assertArrayEquals(new double[] {0, -1}, y[0], 0);
        assertArrayEquals(new double[] {0, 0}, y[1], 0);
    }

    @Test
    void crossCorrelate2d_givesAValidSizedMap() {
        double[][] y = Convolution.crossCorrelate2d(new double[28][28], new double[3][3]);
        assertEquals(26, y.length);
        assertEquals(26, y[0].length);
    }

    @Test
    void rejectsKernelsThatDoNotFit() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Convolution.crossCorrelate(new double[] {1, 2}, new double[] {1, 2, 3}));
        assertEquals("a kernel of size 3 does not fit a signal of 2", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Convolution.crossCorrelate2d(new double[2][5], new double[3][3]));
        assertThrows(IllegalArgumentException.class,
                () -> Convolution.convolve(new double[0], new double[] {1}));
    }
}
