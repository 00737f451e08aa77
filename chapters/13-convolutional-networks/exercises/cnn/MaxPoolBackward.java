package cnn;

/// Exercise 13.3: the backward pass of max pooling on one channel. The forward pass cut
/// `image` into `size × size` windows that do not overlap and kept each window's largest value;
/// `gradOut[i][j]` is `∂L/∂y[i][j]` for window `(i, j)`.
public final class MaxPoolBackward {
    private MaxPoolBackward() {}

    /// `∂L/∂image`: each `gradOut[i][j]` goes to the position of its window's maximum (on a
    /// tie, the first in reading order: row by row, left to right), every other entry is 0.
    /// Throws an `IllegalArgumentException` if the windows do not tile the image or `gradOut`
    /// does not have one entry per window.
    public static double[][] gradInput(double[][] image, int size, double[][] gradOut) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 13.3 not attempted yet");
    }
}
