package cnn;

/// Exercise 13.2: the backward pass of a 1-D valid cross-correlation
/// `y[n] = Σₘ x[n+m]·k[m]`, `n = 0 … |x|−K`. Given `gradOut[n] = ∂L/∂y[n]`, return the
/// gradients with respect to the input and to the kernel.
public final class Conv1dBackward {
    private Conv1dBackward() {}

    /// `∂L/∂x[p] = Σₘ gradOut[p−m]·k[m]` over the `m` with `0 ≤ p−m < |gradOut|`:
    /// `|gradOut| + K − 1` values, one per input.
    public static double[] gradInput(double[] gradOut, double[] kernel) {
        double[] gradIn = new double[gradOut.length + kernel.length - 1];
        for (int n = 0; n < gradOut.length; n++) {
            for (int m = 0; m < kernel.length; m++) gradIn[n + m] += gradOut[n] * kernel[m];
        }
        return gradIn;
    }

    /// `∂L/∂k[m] = Σₙ gradOut[n]·x[n+m]`: `|x| − |gradOut| + 1` values, one per kernel entry.
    /// Throws an `IllegalArgumentException` if `gradOut` is longer than `x`.
    public static double[] gradKernel(double[] x, double[] gradOut) {
        if (gradOut.length > x.length) {
            throw new IllegalArgumentException("a gradient of %d values cannot come from %d inputs"
                    .formatted(gradOut.length, x.length));
        }
        double[] gradK = new double[x.length - gradOut.length + 1];
        for (int m = 0; m < gradK.length; m++) {
            for (int n = 0; n < gradOut.length; n++) gradK[m] += gradOut[n] * x[n + m];
        }
        return gradK;
    }
}
