package nn.train;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalibrationTest {

    @Test
    void binsByConfidenceAndMeasuresAccuracy() {
        // Four predictions with confidence 0.9 (three right) and two with 0.6 (one right).
        Matrix p = Matrix.of(new double[] {0.9, 0.1}, new double[] {0.1, 0.9},
                new double[] {0.9, 0.1}, new double[] {0.9, 0.1},
                new double[] {0.6, 0.4}, new double[] {0.4, 0.6});
        int[] labels = {0, 1, 0, 1, 0, 0};
        var c = Calibration.of(p, labels, 5);
        assertArrayEquals(new int[] {0, 0, 0, 2, 4}, c.count());
        assertEquals(0.6, c.confidence()[3], 1e-15);
        assertEquals(0.5, c.accuracy()[3], 1e-15);
        assertEquals(0.9, c.confidence()[4], 1e-15);
        assertEquals(0.75, c.accuracy()[4], 1e-15);
        assertTrue(Double.isNaN(c.accuracy()[0]), "an empty bin has no accuracy");
        // ECE = (2/6)·|0.5 − 0.6| + (4/6)·|0.75 − 0.9| = 0.1/3 + 0.1 = 0.1333…
        assertEquals(0.1 / 3 + 0.1, c.expectedError(), 1e-15);
    }

    @Test
    void perfectlyCalibratedPredictionsHaveNoError() {
        // Confidence 0.75 and right three times out of four.
        Matrix p = Matrix.of(new double[] {0.75, 0.25}, new double[] {0.75, 0.25},
                new double[] {0.75, 0.25}, new double[] {0.75, 0.25});
        assertEquals(0, Calibration.of(p, new int[] {0, 0, 0, 1}, 10).expectedError(), 1e-15);
    }

    @Test
    void confidenceOneGoesIntoTheLastBin() {
        var c = Calibration.of(Matrix.row(1.0, 0.0), new int[] {0}, 10);
        assertEquals(1, c.count()[9]);
    }

    @Test
    void rejectsMismatchedLabels() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Calibration.of(Matrix.row(0.5, 0.5), new int[] {0, 1}, 10));
        assertTrue(e.getMessage().contains("1 rows, 2 labels"), e.getMessage());
    }
}
