package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    @Test
    void fit_measuresMeanAndPopulationStd_byHand() {
        // column 0: 1, 3 → μ = 2, σ = √(((1−2)² + (3−2)²)/2) = 1
        // column 1: 0, 8 → μ = 4, σ = 4
        Matrix x = Matrix.of(new double[] {1, 0}, new double[] {3, 8});
        Standardizer s = Standardizer.fit(x);
        assertEquals(Matrix.row(2, 4), s.mean());
        assertEquals(Matrix.row(1, 4), s.std());
        assertEquals(Matrix.of(new double[] {-1, -1}, new double[] {1, 1}), s.transform(x));
        // new data uses the training statistics: (5 − 2)/1 = 3, (2 − 4)/4 = −0.5
        assertEquals(Matrix.row(3, -0.5), s.transform(Matrix.row(5, 2)));
    }

    @Test
    void transform_givesColumnsWithMeanZeroAndStdOne() {
        Matrix x = Matrix.gaussian(200, 3, 5, new Rng(4)).plus(7);
        Matrix z = Standardizer.fit(x).transform(x);
        for (int j = 0; j < 3; j++) {
            double mean = 0;
            double squares = 0;
            for (int i = 0; i < 200; i++) mean += z.get(i, j) / 200;
            for (int i = 0; i < 200; i++) squares += (z.get(i, j) - mean) * (z.get(i, j) - mean);
            assertEquals(0, mean, 1e-12);
            assertEquals(1, Math.sqrt(squares / 200), 1e-12);
        }
    }

    @Test
    void inverse_undoesTransform() {
        Matrix x = Matrix.uniform(10, 4, -3, 9, new Rng(5));
        Standardizer s = Standardizer.fit(x);
        Matrix back = s.inverse(s.transform(x));
        assertTrue(back.minus(x).norm() < 1e-12, back.minus(x).toString());
    }

    @Test
    void constantColumn_becomesZeroInsteadOfNaN() {
        Matrix x = Matrix.of(new double[] {0.1, 1}, new double[] {0.1, 2}, new double[] {0.1, 6});
        Standardizer s = Standardizer.fit(x);
        Matrix z = s.transform(x);
        assertNull(z.firstNonFinite());
        for (int i = 0; i < 3; i++) assertEquals(0, z.get(i, 0), 1e-15);
        assertEquals(1, s.std().get(0, 0));
    }

    @Test
    void transform_rejectsAnotherNumberOfColumns() {
        Standardizer s = Standardizer.fit(Matrix.zeros(2, 3));
        var e = assertThrows(IllegalArgumentException.class, () -> s.transform(Matrix.zeros(2, 4)));
        assertTrue(e.getMessage().contains("2×4"), e.getMessage());
    }

    @Test
    void transformDataset_keepsTargetsAndLabels() {
        var data = new Dataset(Matrix.column(1, 3), Matrix.column(5, 6), new int[] {1, 0}, "d");
        Dataset z = Standardizer.fit(data.x()).transform(data);
        assertEquals(Matrix.column(-1, 1), z.x());
        assertEquals(data.y(), z.y());
        assertArrayEquals(data.labels(), z.labels());
    }
}
