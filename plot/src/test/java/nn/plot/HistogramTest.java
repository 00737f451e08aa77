package nn.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class HistogramTest {

    @Test
    void of_countsValuesPerBinAndPutsTheMaximumInTheLastBin() {
        // Bins of width 0.5 on [0, 2]: [0, .5) [.5, 1) [1, 1.5) [1.5, 2]; 3 and -1 fall outside.
        var h = Histogram.of(new double[] {0, 0.2, 0.5, 1.9, 2, 3, -1}, 0, 2, 4);
        assertArrayEquals(new int[] {2, 1, 0, 2}, h.counts());
        assertEquals(7, h.total());
        assertEquals(0.5, h.binWidth(), 1e-15);
    }

    @Test
    void density_hasTheShareOfValuesInsideAsItsArea() {
        var h = Histogram.of(new double[] {0, 0.2, 0.5, 1.9, 2, 3, -1}, 0, 2, 4);
        double area = 0;
        for (double d : h.density()) area += d * h.binWidth();
        assertEquals(5.0 / 7, area, 1e-12);
    }

    @Test
    void stepOutline_hasTwoPointsPerBin() {
        var h = Histogram.of(new double[] {0.1, 0.6}, 0, 1, 2);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1}, h.stepX(), 1e-15);
        assertArrayEquals(new double[] {1, 1, 1, 1}, h.stepY(), 1e-15);
    }

    @Test
    void anEmptyRangeOrNoBins_isRejectedWithTheValues() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Histogram.of(new double[] {1}, 1, 1, 4));
        assertEquals("need max > min and bins >= 1, got [1.0, 1.0] and 4", e.getMessage());
    }
}
