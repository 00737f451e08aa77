package nn.conv;

import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RowDotsTest {

    @Test
    void isTheProductWithTheTranspose() {
        Rng rng = new Rng(8);
        for (int length : new int[]{1, 3, 4, 7, 577}) { // with and without a remainder of 4
            Matrix a = Matrix.gaussian(3, length, 1, rng), b = Matrix.gaussian(5, length, 1, rng);
            Matrix expected = a.timesTranspose(b);
            assertTrue(RowDots.of(a, b).minus(expected).norm() < 1e-10 * (1 + expected.norm()),
                    "length " + length);
        }
    }

    @Test
    void workedByHand() {
        Matrix a = Matrix.of(new double[]{1, 2, 3, 4, 5});
        Matrix b = Matrix.of(new double[]{1, 1, 1, 1, 1}, new double[]{0, 0, 0, 0, 2});
        assertEquals(Matrix.row(15, 10), RowDots.of(a, b));
    }

    @Test
    void rejectsRowsOfDifferentLengths() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RowDots.of(Matrix.zeros(2, 3), Matrix.zeros(2, 4)));
        assertEquals("a·bᵀ needs a.cols == b.cols, got a = 2×3, b = 2×4", e.getMessage());
    }
}
