package cnn;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "13.3", title = "Backward through max pooling", file = "cnn/MaxPoolBackward.java",
        hints = {
            "Predict first: in the window [[1, 3], [2, 0]] which input moves the output if you "
                    + "nudge it, and by how much? The other three do not move it at all.",
            "Find the maximum of each window again, remembering where it was; only that "
                    + "position receives gradOut[i][j].",
            "To keep the first maximum on a tie, replace the best position only when a value is "
                    + "strictly larger."})
class MaxPoolBackwardTest {

    private static void check(double[][] image, int size, double[][] gradOut,
                              double[][] expected) {
        String call = "MaxPoolBackward.gradInput(image=%s, size=%d, gradOut=%s)".formatted(
                Arrays.deepToString(image), size, Arrays.deepToString(gradOut));
        double[][] actual = MaxPoolBackward.gradInput(image, size, gradOut);
        Expect.equal(call + " rows", expected.length, actual == null ? null : actual.length);
        for (int i = 0; i < expected.length; i++) {
            Expect.near(call + " row " + i, expected[i], actual[i], 1e-12);
        }
    }

    @Test
    void theChaptersExample() {
        check(new double[][] {{1, 3, 5, 4}, {2, 0, 1, 1}, {0, 2, 6, 0}, {7, 1, 3, 8}}, 2,
                new double[][] {{10, 20}, {30, 40}},
                new double[][] {{0, 10, 20, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {30, 0, 0, 40}});
    }

    @Test
    void negativeValuesAndAWindowOfThree() {
        // the largest of −5 … −1 is −1, in the middle of the bottom row
        check(new double[][] {{-5, -4, -3}, {-2, -9, -8}, {-7, -1, -6}}, 3,
                new double[][] {{2.5}},
                new double[][] {{0, 0, 0}, {0, 0, 0}, {0, 2.5, 0}});
    }

    @Test
    void aTieGoesToTheFirstMaximum() {
        check(new double[][] {{0, 4}, {4, 4}}, 2, new double[][] {{1}},
                new double[][] {{0, 1}, {0, 0}});
    }

    @Test
    void rejectsWindowsThatDoNotTile() {
        Expect.rejects("MaxPoolBackward.gradInput(image=3×3, size=2, gradOut=1×1)",
                () -> MaxPoolBackward.gradInput(new double[3][3], 2, new double[1][1]),
                "2 × 2 windows do not tile a 3 × 3 image");
    }
}
