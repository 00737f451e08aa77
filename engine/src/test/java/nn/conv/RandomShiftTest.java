package nn.conv;

import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RandomShiftTest {

    private static final Volume IN = new Volume(1, 3, 3);
    private static final Matrix X = Matrix.row(1, 2, 3, 4, 5, 6, 7, 8, 9);

    @Test
    void everyResultIsTheImageMovedByAtMostMax() {
        // all nine moves of a 3 × 3 image by −1, 0 or 1 in each direction, zeros shifted in
        var moves = new java.util.HashSet<Matrix>();
        for (int di = -1; di <= 1; di++) {
            for (int dj = -1; dj <= 1; dj++) moves.add(moved(di, dj));
        }
        Rng rng = new Rng(3);
        var seen = new java.util.HashSet<Matrix>();
        for (int t = 0; t < 200; t++) {
            Matrix shifted = RandomShift.of(X, IN, 1, rng);
            assertTrue(moves.contains(shifted), shifted::toString);
            seen.add(shifted);
        }
        assertEquals(9, seen.size()); // and every move occurs
    }

    @Test
    void movingDownAndRightShiftsInZerosAtTheTopAndLeft() {
        assertEquals(Matrix.row(0, 0, 0, 0, 1, 2, 0, 4, 5), moved(1, 1));
    }

    @Test
    void maxZeroLeavesTheImagesAlone() {
        assertEquals(X, RandomShift.of(X, IN, 0, new Rng(1)));
    }

    @Test
    void rejectsRowsOfAnotherShape() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RandomShift.of(Matrix.zeros(2, 5), IN, 1, new Rng(1)));
        assertEquals("shifting 1×3×3 examples by up to 1 pixels needs 9 columns and"
                + " 0 <= max < 3, got 2×5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RandomShift.of(X, IN, 3, new Rng(1)));
    }

    /// The image moved `di` rows down and `dj` columns right, by its definition.
    private static Matrix moved(int di, int dj) {
        double[] out = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                int si = i - di, sj = j - dj;
                if (si >= 0 && si < 3 && sj >= 0 && sj < 3) out[i * 3 + j] = X.get(0, si * 3 + sj);
            }
        }
        return Matrix.wrap(1, 9, out);
    }
}
