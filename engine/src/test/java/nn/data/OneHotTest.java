package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

class OneHotTest {

    @Test
    void encode_putsASingleOneInTheLabelsColumn() {
        Matrix expected = Matrix.of(new double[] {0, 0, 1}, new double[] {1, 0, 0},
                new double[] {0, 0, 1});
        assertEquals(expected, OneHot.encode(new int[] {2, 0, 2}, 3));
    }

    @Test
    void encode_rejectsLabelsOutsideTheClasses() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> OneHot.encode(new int[] {0, 3}, 3));
        assertEquals("label 3 at row 1 is outside 0..2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OneHot.encode(new int[] {-1}, 3));
        assertThrows(IllegalArgumentException.class, () -> OneHot.encode(new int[] {}, 0));
    }

    @Test
    void decode_undoesEncode() {
        int[] labels = {4, 0, 9, 9, 1};
        assertArrayEquals(labels, OneHot.decode(OneHot.encode(labels, 10)));
    }
}
