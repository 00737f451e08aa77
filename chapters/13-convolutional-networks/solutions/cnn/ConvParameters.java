package cnn;

/// Exercise 13.1: how many numbers does a layer learn? A convolution with `filters` kernels of
/// `k × k` over `channels` input channels learns one weight per kernel entry and one bias per
/// kernel; a dense layer from `in` to `out` values learns one weight per pair and one bias per
/// output.
public final class ConvParameters {
    private ConvParameters() {}

    /// The trainable values of a convolutional layer: `filters · (channels · k · k + 1)`.
    /// Throws an `IllegalArgumentException` unless all three are at least 1.
    public static long convolution(int channels, int filters, int k) {
        requirePositive(channels, filters, k);
        return (long) filters * ((long) channels * k * k + 1);
    }

    /// The trainable values of a dense layer: `in · out + out`. Throws an
    /// `IllegalArgumentException` unless both are at least 1.
    public static long dense(int in, int out) {
        requirePositive(in, out, 1);
        return (long) in * out + out;
    }

    private static void requirePositive(int a, int b, int c) {
        if (a < 1 || b < 1 || c < 1) {
            throw new IllegalArgumentException("sizes must be at least 1, got %d, %d, %d"
                    .formatted(a, b, c));
        }
    }
}
