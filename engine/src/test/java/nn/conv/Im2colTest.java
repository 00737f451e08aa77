package nn.conv;

import nn.math.Matrix;
import nn.math.Rng;
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
    void addColumns_isTheTransposeOfColumns() {
        // ⟨columns(x), G⟩ = ⟨x, addColumns(G)⟩ for all x and G: the backward pass of a copy
        Rng rng = new Rng(2);
        var in = new Volume(2, 5, 4);
        double[] x = Matrix.gaussian(3, in.size(), 1, rng).toArray(); // three examples
        Matrix cols = Im2col.columns(x, 3, in, 3);
        Matrix g = Matrix.gaussian(cols.rows(), cols.cols(), 1, rng);
        double[] back = new double[x.length];
        Im2col.addColumns(g, 3, in, 3, back);
        double left = cols.hadamard(g).sum(), right = 0;
        for (int i = 0; i < x.length; i++) right += x[i] * back[i];
        assertEquals(left, right, 1e-10);
    }

    @Test
    void columns_putTheExamplesSideBySide() {
        // two 2 × 2 examples and k = 1: each pixel is a patch, example 0's before example 1's
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        Matrix cols = Im2col.columns(x, 2, new Volume(1, 2, 2), 1);
        assertEquals(Matrix.row(1, 2, 3, 4, 5, 6, 7, 8), cols);
    }

    @Test
    void addColumns_countsHowManyPatchesHoldEachPixel() {
        double[] counts = new double[9];
        Im2col.addColumns(Matrix.filled(4, 4, 1), 1, new Volume(1, 3, 3), 2, counts);
        assertArrayEquals(new double[]{1, 2, 1, 2, 4, 2, 1, 2, 1}, counts);
    }

    @Test
    void columns_rejectsARowOfTheWrongSize() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Im2col.columns(new double[5], 1, new Volume(1, 3, 3), 2));
        assertEquals("1 examples of 1×3×3 need 9 values, got 5", e.getMessage());
    }
}
