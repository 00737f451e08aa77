package nn.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import nn.math.Matrix;

/// The IDX file format of the MNIST distribution: a big-endian header (magic number
/// `0x00000803` for images or `0x00000801` for labels, then one 32-bit size per dimension)
/// followed by the unsigned bytes, row-major. Used by `Mnist` (chapter 11).
public final class Idx {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private Idx() {}

    // tag::idx-images[]
    /// The images of an IDX3 file as an `n × (rows·cols)` matrix, one image per row, each pixel
    /// byte `b` scaled to `b / 255` in `[0, 1]`.
    public static Matrix images(byte[] idx, String source) {
        ByteBuffer in = header(idx, source, IMAGES_MAGIC, 16);
        int n = in.getInt();
        int rows = in.getInt();
        int cols = in.getInt();
        requireLength(idx, source, 16, (long) n * rows * cols);
        double[] pixels = new double[n * rows * cols];
        for (int k = 0; k < pixels.length; k++) pixels[k] = (idx[16 + k] & 0xFF) / 255.0;
        return Matrix.wrap(n, rows * cols, pixels);
    }
    // end::idx-images[]

    /// The labels of an IDX1 file, one unsigned byte each.
    public static int[] labels(byte[] idx, String source) {
        ByteBuffer in = header(idx, source, LABELS_MAGIC, 8);
        int n = in.getInt();
        requireLength(idx, source, 8, n);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = idx[8 + i] & 0xFF;
        return labels;
    }

    /// The uncompressed bytes of a gzip file's contents.
    public static byte[] gunzip(byte[] gz, String source) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("%s is not a valid gzip file: %s"
                    .formatted(source, e.getMessage()), e);
        }
    }

    private static ByteBuffer header(byte[] idx, String source, int magic, int headerSize) {
        if (idx.length < headerSize) {
            throw new IllegalArgumentException("%s: %d bytes is too short for an IDX header of %d"
                    .formatted(source, idx.length, headerSize));
        }
        ByteBuffer in = ByteBuffer.wrap(idx); // big-endian by default, as IDX is
        int found = in.getInt();
        if (found != magic) {
            throw new IllegalArgumentException("%s: IDX magic number should be 0x%08x, found 0x%08x"
                    .formatted(source, magic, found));
        }
        return in;
    }

    private static void requireLength(byte[] idx, String source, int headerSize, long values) {
        if (idx.length - headerSize != values) {
            throw new IllegalArgumentException("%s: the header announces %d bytes of data, found %d"
                    .formatted(source, values, idx.length - headerSize));
        }
    }
}
