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
        // Your code here.
        throw new UnsupportedOperationException("exercise 12.1 not attempted yet");
    }
}
