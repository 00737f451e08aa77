package nn.live;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigitStrokesTest {
    private static double[] picture(int[][] inkRowsAndColumns) {
        double[] pixels = new double[784];
        for (int[] rc : inkRowsAndColumns) pixels[28 * rc[0] + rc[1]] = 1;
        return pixels;
    }

    @Test
    void of_aThickBarIsOneStrokeAlongItsMiddle() {
        int[][] bar = new int[3 * 16][];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 16; c++) bar[16 * r + c] = new int[] {9 + r, 6 + c};
        }
        List<double[]> strokes = DigitStrokes.of(picture(bar));

        assertEquals(1, strokes.size());
        double[] s = strokes.getFirst();
        for (int k = 1; k < s.length; k += 2) assertEquals(10.5 / 28, s[k], 1e-12);
        double first = s[0], last = s[s.length - 2];
        assertTrue(Math.abs(last - first) > 10.0 / 28, "the stroke runs along the bar");
    }

    @Test
    void of_aRingIsOneClosedStroke() {
        var ring = new java.util.ArrayList<int[]>();
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                double d = Math.hypot(r - 13.5, c - 13.5);
                if (d >= 6 && d <= 8) ring.add(new int[] {r, c});
            }
        }
        List<double[]> strokes = DigitStrokes.of(picture(ring.toArray(int[][]::new)));

        assertEquals(1, strokes.size());
        double[] s = strokes.getFirst();
        double gap = Math.hypot(s[0] - s[s.length - 2], s[1] - s[s.length - 1]);
        assertTrue(gap <= 1.5 / 28, "the ends meet, gap " + gap * 28 + " pixels");
    }

    @Test
    void of_aBlankPictureHasNoStrokes() {
        assertEquals(0, DigitStrokes.of(new double[784]).size());
    }

    @Test
    void smooth_keepsTheEndsAndStraightLines() {
        double[] line = {0, 0, 1, 1, 2, 2, 3, 3};
        double[] smoothed = DigitStrokes.smooth(line);
        assertEquals(0, smoothed[0]);
        assertEquals(3, smoothed[7]);
        for (int k = 0; k < line.length; k++) assertEquals(line[k], smoothed[k], 1e-15);
    }
}
