package digits;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "11.2", title = "One-hot labels", file = "digits/OneHotLabels.java", hints = {
        "new double[labels.length][classes] starts as all zeros; you only need to set the ones.",
        "Row i gets y[i][labels[i]] = 1. Check 0 <= labels[i] < classes first and throw if not."})
class OneHotLabelsTest {

    private static void check(int[] labels, int classes, double[][] expected) {
        String call = "OneHotLabels.encode(%s, %d)".formatted(Arrays.toString(labels), classes);
        double[][] y = OneHotLabels.encode(labels, classes);
        if (y == null) throw new AssertionError(call + " returned null");
        if (y.length != expected.length) {
            throw new AssertionError("%s returned %d rows but should return %d, one per label"
                    .formatted(call, y.length, expected.length));
        }
        for (int i = 0; i < expected.length; i++) {
            Expect.near(call + " row " + i + " (label " + labels[i] + ")", expected[i], y[i], 0);
        }
    }

    @Test
    void putsOneOneInTheLabelsColumn() {
        check(new int[] {2, 0}, 3, new double[][] {{0, 0, 1}, {1, 0, 0}});
    }

    @Test
    void encodesDigitsIntoTenColumns() {
        check(new int[] {7}, 10, new double[][] {{0, 0, 0, 0, 0, 0, 0, 1, 0, 0}});
        check(new int[] {9, 9}, 10, new double[][] {
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}});
    }

    @Test
    void rejectsLabelsOutsideTheClasses() {
        Expect.rejects("OneHotLabels.encode([0, 3], 3)",
                () -> OneHotLabels.encode(new int[] {0, 3}, 3),
                "label 3 has no column among classes 0..2");
        Expect.rejects("OneHotLabels.encode([-1], 10)",
                () -> OneHotLabels.encode(new int[] {-1}, 10),
                "a label cannot be negative");
    }
}
