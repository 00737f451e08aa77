package beyond;

/// Exercise 12.1: 1-D convolution with "valid" padding: the kernel is flipped, as in the
/// definition `(x∗k)[n] = Σₘ x[m]·k[n−m]`, and only positions where the whole kernel overlaps
/// the signal are kept.
public final class ConvolveValid {
    private ConvolveValid() {}

    /// Returns the `x.length − kernel.length + 1` values
    /// `y[n] = Σₘ x[n + K − 1 − m]·kernel[m]` for `m = 0 … K−1`, where `K = kernel.length`
    /// (the kernel runs backwards along the signal). Throws an `IllegalArgumentException` if
    /// the kernel is empty or longer than the signal.
    public static double[] of(double[] x, double[] kernel) {
        int k = kernel.length;
        if (k == 0 || k > x.length) {
            throw new IllegalArgumentException("a kernel of %d does not fit a signal of %d"
                    .formatted(k, x.length));
        }
        double[] y = new double[x.length - k + 1];
        for (int n = 0; n < y.length; n++) {
            for (int m = 0; m < k; m++) y[n] += x[n + k - 1 - m] * kernel[m];
        }
        return y;
    }
}
