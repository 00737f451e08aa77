package nn.live;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigitInkTest {
    /// A 7 as two strokes, in fractions of the drawing area.
    private static final List<double[]> SEVEN = List.of(
            new double[] {0.3, 0.2, 0.7, 0.2, 0.45, 0.8},
            new double[] {0.4, 0.5, 0.65, 0.5});

    private static List<double[]> moved(List<double[]> strokes, double scale, double dx,
                                        double dy) {
        return strokes.stream().map(s -> {
            double[] t = s.clone();
            for (int k = 0; k < t.length; k += 2) {
                t[k] = scale * t[k] + dx;
                t[k + 1] = scale * t[k + 1] + dy;
            }
            return t;
        }).toList();
    }

    /// Within 0.05 pixels: the move is computed from one drawing and applied to the next, and
    /// a move by a fraction of a pixel changes the ink that pixel centres pick up a little.
    @Test
    void image_putsTheCentreOfMassAtTheGridCentre() {
        double[] mass = DigitInk.centreOfMass(DigitInk.image(SEVEN));
        assertEquals(DigitInk.CENTRE, mass[0], 0.05);
        assertEquals(DigitInk.CENTRE, mass[1], 0.05);
    }

    @Test
    void image_fitsTheTallerSideIntoTwentyPixels() {
        double[] pixels = DigitInk.image(SEVEN);
        int top = 28, bottom = -1;
        for (int k = 0; k < pixels.length; k++) {
            if (pixels[k] >= 0.5) {
                top = Math.min(top, k / 28);
                bottom = Math.max(bottom, k / 28);
            }
        }
        assertEquals(20, bottom - top + 1);
    }

    @Test
    void image_doesNotDependOnWhereOrHowLargeTheDigitIsDrawn() {
        assertArrayEquals(DigitInk.image(SEVEN),
                DigitInk.image(moved(SEVEN, 0.5, 0.4, 0.1)), 1e-9);
    }

    @Test
    void image_keepsValuesInTheUnitInterval() {
        for (double v : DigitInk.image(SEVEN)) assertTrue(v >= 0 && v <= 1, "pixel " + v);
    }

    @Test
    void image_ofNoStrokesIsBlank() {
        assertArrayEquals(new double[784], DigitInk.image(List.of()));
    }

    @Test
    void image_ofOneDotIsAPenSizedBlobInTheMiddle() {
        double[] pixels = DigitInk.image(List.of(new double[] {0.9, 0.1}));
        assertEquals(1.0, pixels[28 * 14 + 14]);
        assertEquals(0.0, pixels[28 * 14 + 18]);
    }
}
