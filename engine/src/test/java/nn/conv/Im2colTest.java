package nn.conv;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class Im2colTest {

    @Test
    void columns_arePatchesWorkedByHand() {
        // x = [[1, 2, 3], [4, 5, 6], [7, 8, 9]], k = 2: the four 2 × 2 patches become columns
        Matrix cols = Im2col.columns(new double[]{1, 2, 3, 4, 5, 6, 7, 8, 9}, 1,
                new Volume(1, 3, 3), 2);
        assertEquals(Matrix.of(
                new double[]{1, 2, 4, 5},   // x[i][j]
                new double[]{2, 3, 5, 6},   // x[i][j + 1]
                new double[]{4, 5, 7, 8},   // x[i + 1][j]
                new double[]{5, 6, 8, 9}),  // x[i + 1][j + 1]
                cols);
    }

    @Test
    void columns_putTheExamplesSideBySide() {
        // two 2 × 2 examples and k = 1: each pixel is a patch, example 0's before example 1's
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        Matrix cols = Im2col.columns(x, 2, new Volume(1, 2, 2), 1);
        assertEquals(Matrix.row(1, 2, 3, 4, 5, 6, 7, 8), cols);
    }

    @Test
    void columns_rejectsARowOfTheWrongSize() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Im2col.columns(new double[5], 1, new Volume(1, 3, 3), 2));
        assertEquals("1 examples of 1×3×3 need 9 values, got 5", e.getMessage());
    }
}
