package nn.conv;

import nn.math.Matrix;
import nn.math.Rng;

/// Data augmentation: every example moved by its own random whole number of pixels, up to
/// `max` in each direction, with zeros (blank paper) shifted in. Taught in chapter 13.
///
/// A digit moved by a pixel is still the same digit, so each epoch can train on slightly
/// different pictures of the same 8,000; the network learns that position does not matter
/// instead of memorising where the ink of each training digit was.
public final class RandomShift {
    private RandomShift() {}

    // tag::shift[]
    /// A copy of `x` (`n × in.size()`) with each row moved by `(di, dj)`, both drawn uniformly
    /// from `−max … max`: entry `(c, i, j)` of the result is entry `(c, i − di, j − dj)` of the
    /// original, or 0 where that lies outside.
    public static Matrix of(Matrix x, Volume in, int max, Rng rng) {
        int side = Math.min(in.height(), in.width());
        if (x.cols() != in.size() || max < 0 || max >= side) {
            throw new IllegalArgumentException(("shifting %s examples by up to %d pixels needs"
                    + " %d columns and 0 <= max < %d, got %s")
                    .formatted(in, max, in.size(), side, x.shape()));
        }
        double[] source = x.toArray(), shifted = new double[source.length];
        for (int e = 0; e < x.rows(); e++) {
            int di = rng.nextInt(2 * max + 1) - max, dj = rng.nextInt(2 * max + 1) - max;
            for (int c = 0; c < in.channels(); c++) {
                for (int i = Math.max(0, di); i < Math.min(in.height(), in.height() + di); i++) {
                    int from = e * in.size() + in.index(c, i - di, Math.max(0, -dj));
                    int to = e * in.size() + in.index(c, i, Math.max(0, dj));
                    System.arraycopy(source, from, shifted, to, in.width() - Math.abs(dj));
                }
            }
        }
        return Matrix.wrap(x.rows(), x.cols(), shifted);
    }
    // end::shift[]
}
