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
        // Your code here.
        throw new UnsupportedOperationException("exercise 13.1 not attempted yet");
    }

    /// The trainable values of a dense layer: `in · out + out`. Throws an
    /// `IllegalArgumentException` unless both are at least 1.
    public static long dense(int in, int out) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 13.1 not attempted yet");
    }
}
