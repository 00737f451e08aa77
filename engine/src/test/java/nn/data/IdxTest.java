package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

class IdxTest {

    /// Two 1×2 images with pixel bytes 0, 255 and 51, 102 (51 = 0.2 · 255).
    private static byte[] twoImages() {
        return ByteBuffer.allocate(20).putInt(0x803).putInt(2).putInt(1).putInt(2)
                .put(new byte[] {0, (byte) 255, 51, 102}).array();
    }

    @Test
    void images_scalesBytesToTheUnitInterval() {
        Matrix x = Idx.images(twoImages(), "t");
        assertEquals(Matrix.of(new double[] {0, 1}, new double[] {0.2, 0.4}), x);
    }

    @Test
    void labels_readsUnsignedBytes() {
        byte[] idx = ByteBuffer.allocate(11).putInt(0x801).putInt(3).put(new byte[] {7, 0, 9})
                .array();
        assertArrayEquals(new int[] {7, 0, 9}, Idx.labels(idx, "t"));
    }

    @Test
    void wrongMagicNumber_isNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> Idx.labels(twoImages(), "f"));
        assertEquals("f: IDX magic number should be 0x00000801, found 0x00000803", e.getMessage());
    }

    @Test
    void truncatedData_isReported() {
        byte[] cut = java.util.Arrays.copyOf(twoImages(), 19);
        var e = assertThrows(IllegalArgumentException.class, () -> Idx.images(cut, "f"));
        assertEquals("f: the header announces 4 bytes of data, found 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Idx.images(new byte[5], "f"));
    }
}
