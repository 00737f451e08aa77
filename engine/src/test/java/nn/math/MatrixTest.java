package nn.math;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MatrixTest {
    private final Matrix source = Matrix.of(
            new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6});

    @Test
    void flatIndexesWalkTheEntriesRowByRow() {
        Matrix m = source.copy();
        assertEquals(6, m.size());
        assertEquals(4, m.get(3));          // (1, 1)
        assertEquals(m.get(2, 0), m.get(4));
        m.set(5, -6);
        assertEquals(-6, m.get(2, 1));
        var e = assertThrows(IndexOutOfBoundsException.class, () -> m.get(6));
        assertEquals("entry 6 is outside a 3×2 matrix (6 entries)", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> m.set(-1, 0));
    }

    @Test
    void copyRowsFrom_writesTheListedRowsInOrder() {
        Matrix buffer = Matrix.zeros(2, 2);
        buffer.copyRowsFrom(source, new int[] {2, 0});
        assertEquals(Matrix.of(new double[] {5, 6}, new double[] {1, 2}), buffer);
    }

    @Test
    void copyRowsFrom_matchesRows() {
        int[] indices = {1, 1, 0};
        Matrix buffer = Matrix.filled(3, 2, -1);
        buffer.copyRowsFrom(source, indices);
        assertEquals(source.rows(indices), buffer);
    }

    @Test
    void copyRowsFrom_rejectsAWrongShapeOrIndex() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Matrix.zeros(3, 2).copyRowsFrom(source, new int[] {0, 1}));
        assertEquals("copyRowsFrom needs a 2×2 matrix, got 3×2", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class,
                () -> Matrix.zeros(1, 2).copyRowsFrom(source, new int[] {3}));
    }

    @Test
    void reductionsOfAnEmptyMatrix_sayItHasNoEntries() {
        Matrix empty = Matrix.of();
        assertEquals("0×0", empty.shape());
        var e = assertThrows(IllegalArgumentException.class, empty::mean);
        assertEquals("mean of a 0×0 matrix: it has no entries", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(3, 0).max());
        assertEquals("max of a 3×0 matrix: it has no entries", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(0, 2).min());
        assertEquals(0, empty.sum());
    }

    @Test
    void zeros_withANegativeSize_namesTheShape() {
        var e = assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(-1, 2));
        assertEquals("shape must not be negative, got -1×2", e.getMessage());
    }

    @Test
    void zeros_tooLargeForAnArray_saysHowMuchWasAskedFor() {
        var e = assertThrows(IllegalArgumentException.class, () -> Matrix.zeros(65536, 65536));
        assertEquals("a 65536×65536 matrix has 4294967296 entries (32.0 GiB), more than a Java"
                + " array holds (2147483639)", e.getMessage());
    }
}
