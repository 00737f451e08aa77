package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

class PositionalEncodingTest {

    @Test
    void table_hasSinesAndCosinesOfSlowerAndSlowerAngles() {
        Matrix p = PositionalEncoding.table(3, 4);
        // position 0: sin 0 = 0, cos 0 = 1
        assertArrayEquals(new double[] {0, 1, 0, 1}, p.rowArray(0), 1e-15);
        // position 2, width 4: angles 2 and 2/100
        assertArrayEquals(new double[] {Math.sin(2), Math.cos(2), Math.sin(0.02), Math.cos(0.02)},
                p.rowArray(2), 1e-15);
    }

    @Test
    void forward_addsTheTableToEverySequence_backwardIsTheIdentity() {
        var layer = new PositionalEncoding(2, 2);
        Matrix y = layer.forward(Matrix.zeros(4, 2));
        Matrix p = PositionalEncoding.table(2, 2);
        assertEquals(p, y.rowRange(0, 2));
        assertEquals(p, y.rowRange(2, 4));
        Matrix dy = Matrix.row(1, 2);
        assertSame(dy, layer.backward(dy));
    }

    @Test
    void rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> PositionalEncoding.table(0, 4));
        assertThrows(IllegalArgumentException.class,
                () -> new PositionalEncoding(2, 4).forward(Matrix.zeros(2, 3)));
    }
}
