package nn.conv;

/// The shape of one example as a convolutional layer sees it: `channels` images of
/// `height × width`. Taught in chapter 13.
///
/// Layers pass a batch as an `n × size()` matrix, one example per row, stored channel by
/// channel and in each channel row by row: entry `(c, i, j)` is at `index(c, i, j)`. So a
/// 28 × 28 digit is already a `Volume(1, 28, 28)` and the output of a convolution is already
/// the flat vector a `Dense` layer takes: flattening costs nothing.
public record Volume(int channels, int height, int width) {

    public Volume {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("a volume needs positive sides, got %d×%d×%d"
                    .formatted(channels, height, width));
        }
    }

    /// The number of values in one example, `channels · height · width`.
    public int size() { return channels * height * width; }

    /// The number of values in one channel, `height · width`.
    public int area() { return height * width; }

    // tag::volume-index[]
    /// Where entry `(c, i, j)` sits in a row: `(c · height + i) · width + j`.
    public int index(int c, int i, int j) { return (c * height + i) * width + j; }
    // end::volume-index[]

    /// Channel `c` of the example stored in `row`, as an image (`height × width`, copied).
    public double[][] channel(double[] row, int c) {
        requireRow(row.length);
        double[][] image = new double[height][width];
        for (int i = 0; i < height; i++) System.arraycopy(row, index(c, i, 0), image[i], 0, width);
        return image;
    }

    /// Throws unless a batch row of `length` values holds exactly one example of this shape.
    void requireRow(int length) {
        if (length != size()) {
            throw new IllegalArgumentException("a %s volume has %d values per example, got %d"
                    .formatted(this, size(), length));
        }
    }

    /// The shape as the book writes it, channels first: `8×24×24`.
    @Override
    public String toString() { return channels + "×" + height + "×" + width; }
}
