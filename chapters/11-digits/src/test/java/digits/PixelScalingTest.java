package digits;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "11.1", title = "Normalise pixels", file = "digits/PixelScaling.java", hints = {
        "Make a new double[] of the same length and fill entry i from bytes[i].",
        "Divide by 255.0, not 255: an int divided by an int is rounded down to 0 or 1."})
class PixelScalingTest {

    private static void check(int[] bytes, double[] expected) {
        String call = "PixelScaling.toUnit(" + Arrays.toString(bytes) + ")";
        Expect.near(call, expected, PixelScaling.toUnit(bytes), 1e-12);
    }

    @Test
    void mapsBackgroundToZeroAndFullInkToOne() {
        check(new int[] {0, 255}, new double[] {0, 1});
    }

    @Test
    void scalesEveryByteInBetween() {
        // 51 / 255 = 0.2, 102 / 255 = 0.4, 204 / 255 = 0.8, 1 / 255 ≈ 0.00392
        check(new int[] {51, 102, 204, 1}, new double[] {0.2, 0.4, 0.8, 1 / 255.0});
    }

    @Test
    void doesNotChangeItsInput() {
        int[] bytes = {0, 128, 255};
        PixelScaling.toUnit(bytes);
        if (!Arrays.equals(bytes, new int[] {0, 128, 255})) {
            throw new AssertionError("PixelScaling.toUnit changed the array it was given to "
                    + Arrays.toString(bytes) + "; return a new array instead");
        }
    }

    @Test
    void rejectsValuesThatAreNotBytes() {
        Expect.rejects("PixelScaling.toUnit([0, 256])",
                () -> PixelScaling.toUnit(new int[] {0, 256}),
                "256 is not a byte value (0..255)");
        Expect.rejects("PixelScaling.toUnit([-1])", () -> PixelScaling.toUnit(new int[] {-1}),
                "-1 is not a byte value (0..255)");
    }
}
