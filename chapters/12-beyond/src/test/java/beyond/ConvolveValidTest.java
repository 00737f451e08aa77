package beyond;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "12.1", title = "1-D convolution, valid", file = "beyond/ConvolveValid.java",
        hints = {
            "There are x.length − kernel.length + 1 outputs; each is a sum of kernel.length "
                    + "products.",
            "Convolution flips the kernel: y[n] pairs kernel[m] with x[n + K − 1 − m], not "
                    + "x[n + m]."})
class ConvolveValidTest {

    private static void check(double[] x, double[] kernel, double[] expected) {
        String call = "ConvolveValid.of(x=%s, kernel=%s)".formatted(array(x), array(kernel));
        Expect.near(call, expected, ConvolveValid.of(x, kernel), 1e-12);
    }

    @Test
    void aSymmetricKernelSmoothes() {
        // Averages of three neighbours: (0+3+6)/3, (3+6+9)/3.
        double third = 1 / 3.0;
        check(new double[] {0, 3, 6, 9}, new double[] {third, third, third}, new double[] {3, 6});
    }

    @Test
    void flipsTheKernel() {
        // m = 0 pairs kernel[0] = 1 with x[n+1], m = 1 pairs kernel[1] = −1 with x[n]:
        // 2−1, 4−2, 7−4. Sliding the kernel unflipped would give −1, −2, −3 instead.
        check(new double[] {1, 2, 4, 7}, new double[] {1, -1}, new double[] {1, 2, 3});
    }

    @Test
    void anAsymmetricKernelOfThree() {
        // y[0] = x[2]·1 + x[1]·2 + x[0]·3 = 3 + 4 + 3; y[1] = x[3]·1 + x[2]·2 + x[1]·3 = 0 + 6 + 6.
        check(new double[] {1, 2, 3, 0}, new double[] {1, 2, 3}, new double[] {10, 12});
    }

    @Test
    void aKernelAsLongAsTheSignalGivesOneValue() {
        check(new double[] {2, 5}, new double[] {1, 10}, new double[] {25}); // 5·1 + 2·10
    }

    @Test
    void rejectsAKernelLongerThanTheSignal() {
        Expect.rejects("ConvolveValid.of(x=[1, 2], kernel=[1, 1, 1])",
                () -> ConvolveValid.of(new double[] {1, 2}, new double[] {1, 1, 1}),
                "a kernel of 3 does not fit anywhere in a signal of 2");
    }
}
