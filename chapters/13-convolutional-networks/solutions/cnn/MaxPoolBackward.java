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
        int h = image.length, w = image[0].length;
        if (size < 1 || h % size != 0 || w % size != 0
                || gradOut.length != h / size || gradOut[0].length != w / size) {
            throw new IllegalArgumentException(
                    "windows of %d do not fit a %d×%d image with a %d×%d gradient"
                            .formatted(size, h, w, gradOut.length, gradOut[0].length));
        }
        double[][] gradIn = new double[h][w];
        for (int i = 0; i < h / size; i++) {
            for (int j = 0; j < w / size; j++) {
                int bestRow = i * size, bestCol = j * size;
                for (int a = 0; a < size; a++) {
                    for (int b = 0; b < size; b++) {
                        if (image[i * size + a][j * size + b] > image[bestRow][bestCol]) {
                            bestRow = i * size + a;
                            bestCol = j * size + b;
                        }
                    }
                }
                gradIn[bestRow][bestCol] += gradOut[i][j];
            }
        }
        return gradIn;
    }
}
