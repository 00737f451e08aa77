package beyond;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "12.2", title = "2-D cross-correlation", file = "beyond/CrossCorrelation2d.java",
        hints = {
        "The map has image.length − kh + 1 rows and image[0].length − kw + 1 columns.",
        "Four nested loops: i and j over the map, a and b over the kernel; add "
                + "image[i + a][j + b] * kernel[a][b] to y[i][j]. Do not flip the kernel."})
class CrossCorrelation2dTest {

    private static void check(double[][] image, double[][] kernel, double[][] expected) {
        String call = "CrossCorrelation2d.of(image=%s, kernel=%s)"
                .formatted(Arrays.deepToString(image), Arrays.deepToString(kernel));
        double[][] y = CrossCorrelation2d.of(image, kernel);
        if (y == null) throw new AssertionError(call + " returned null");
        if (y.length != expected.length || y[0].length != expected[0].length) {
            throw new AssertionError("%s returned a %d×%d map but should return %d×%d"
                    .formatted(call, y.length, y.length == 0 ? 0 : y[0].length,
                            expected.length, expected[0].length));
        }
        for (int i = 0; i < expected.length; i++) {
            Expect.near(call + " row " + i, expected[i], y[i], 1e-12);
        }
    }

    @Test
    void slidesWithoutFlipping() {
        // y[i][j] = x[i][j] − x[i+1][j+1]: 1−1, 2−3 / 0−0, 1−1.
        check(new double[][] {{1, 2, 0}, {0, 1, 3}, {4, 0, 1}},
                new double[][] {{1, 0}, {0, -1}},
                new double[][] {{0, -1}, {0, 0}});
    }

    @Test
    void findsAVerticalEdge() {
        // A dark right half; the kernel [-1, 1] answers where the value rises to the right.
        double[][] image = {{0, 0, 1, 1}, {0, 0, 1, 1}};
        check(image, new double[][] {{-1, 1}}, new double[][] {{0, 1, 0}, {0, 1, 0}});
    }

    @Test
    void sumsAWholeWindow() {
        double[][] ones = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
        double[][] image = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
        // Window sums: 1+2+3+5+6+7+9+10+11 = 54, and each shifted right by one: 54 + 9 = 63.
        check(image, ones, new double[][] {{54, 63}});
    }

    @Test
    void rejectsAKernelLargerThanTheImage() {
        Expect.rejects("CrossCorrelation2d.of(a 2×2 image, a 3×1 kernel)",
                () -> CrossCorrelation2d.of(new double[2][2], new double[3][1]),
                "a kernel 3 rows tall does not fit an image 2 rows tall");
    }
}
