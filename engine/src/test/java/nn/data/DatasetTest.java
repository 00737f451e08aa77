package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

class DatasetTest {

    /// Five examples whose single feature is their own index, so rows can be traced.
    private static Dataset numbered() {
        Matrix x = Matrix.column(0, 1, 2, 3, 4);
        return new Dataset(x, x.scale(10), new int[] {0, 1, 2, 3, 4}, "numbered");
    }

    @Test
    void constructor_rejectsDifferentRowCounts_namingBothShapes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(Matrix.zeros(4, 2), Matrix.zeros(3, 1), "bad"));
        String message = e.getMessage();
        assertTrue(message.contains("4×2") && message.contains("3×1"), message);
    }

    @Test
    void constructor_rejectsNaN_namingRowAndColumn() {
        Matrix x = Matrix.zeros(3, 2);
        x.set(2, 1, Double.NaN);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(x, Matrix.zeros(3, 1), "bad"));
        assertTrue(e.getMessage().contains("(2, 1) = NaN"), e.getMessage());
    }

    @Test
    void constructor_rejectsInfiniteTargets() {
        Matrix y = Matrix.zeros(3, 1);
        y.set(1, 0, Double.POSITIVE_INFINITY);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(Matrix.zeros(3, 2), y, "bad"));
        String message = e.getMessage();
        assertTrue(message.contains("y must") && message.contains("(1, 0)"), message);
    }

    @Test
    void constructor_rejectsWrongLabelCountAndNegativeLabels() {
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset(Matrix.zeros(3, 1), Matrix.zeros(3, 1), new int[2], "bad"));
        var e = assertThrows(IllegalArgumentException.class, () -> new Dataset(
                Matrix.zeros(2, 1), Matrix.zeros(2, 1), new int[] {0, -1}, "bad"));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void labels_areCopiedInAndOut() {
        int[] labels = {0, 1};
        var data = new Dataset(Matrix.zeros(2, 1), Matrix.zeros(2, 1), labels, "copy");
        labels[0] = 7;
        data.labels()[1] = 7;
        assertArrayEquals(new int[] {0, 1}, data.labels());
    }

    @Test
    void rows_keepsInputsTargetsAndLabelsTogether() {
        Dataset picked = numbered().rows(new int[] {3, 0});
        assertEquals(Matrix.column(3, 0), picked.x());
        assertEquals(Matrix.column(30, 0), picked.y());
        assertArrayEquals(new int[] {3, 0}, picked.labels());
    }

    @Test
    void firstAndLast_takeRowsFromEachEnd() {
        assertEquals(Matrix.column(0, 1), numbered().first(2).x());
        assertArrayEquals(new int[] {2, 3, 4}, numbered().last(3).labels());
    }

    @Test
    void shuffled_isAPermutation_determinedByTheSeed() {
        Dataset a = numbered().shuffled(new Rng(3));
        Dataset b = numbered().shuffled(new Rng(3));
        assertEquals(a, b);
        int[] sorted = a.labels();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, sorted);
        for (int i = 0; i < a.size(); i++) assertEquals(a.label(i), a.x().get(i, 0));
    }

    @Test
    void regressionData_hasNoLabels() {
        var data = new Dataset(Matrix.zeros(2, 3), Matrix.zeros(2, 1), "plain");
        assertFalse(data.hasLabels());
        assertNull(data.labels());
        assertThrows(IllegalStateException.class, () -> data.label(0));
        assertEquals("plain: 2 examples, x 2×3, y 2×1", data.toString());
    }
}
