package digits;

import nn.check.Exercise;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "11.3", title = "Argmax prediction", file = "digits/Argmax.java",
        hints = {
            "For each row, keep the column of the best entry so far, starting at column 0.",
            "Replace the best column only when an entry is strictly larger (>), so ties keep the "
                    + "first."})
class ArgmaxTest {

    private static void check(double[][] logits, int[] expected) {
        String call = "Argmax.predict(" + Arrays.deepToString(logits) + ")";
        int[] predicted = Argmax.predict(logits);
        if (!Arrays.equals(expected, predicted)) {
            throw new AssertionError("%s returned %s but should be %s"
                    .formatted(call, Arrays.toString(predicted), Arrays.toString(expected)));
        }
    }

    @Test
    void picksTheLargestColumnOfEachRow() {
        check(new double[][] {{0.1, 2.5, -1}, {3, 0, 2.9}, {-5, -4, -3}}, new int[] {1, 0, 2});
    }

    @Test
    void worksWithNegativeLogits() {
        // All negative: the largest is the one closest to zero, not the largest magnitude.
        check(new double[][] {{-0.5, -7, -0.2}}, new int[] {2});
    }

    @Test
    void breaksTiesTowardsTheSmallestColumn() {
        check(new double[][] {{1, 4, 4, 0}, {0, 0, 0, 0}}, new int[] {1, 0});
    }
}
