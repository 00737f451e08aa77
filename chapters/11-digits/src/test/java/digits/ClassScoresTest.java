package digits;

import nn.check.Exercise;
import nn.check.Expect;
import nn.train.ConfusionMatrix;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "11.6", title = "Precision, recall and F1", file = "digits/ClassScores.java",
        hints = {
            "Predict first: a classifier that calls every one of 90 zeros and 10 ones a 0. What "
                    + "are the precision and recall of class 0, and of class 1? The test asks "
                    + "exactly this.",
            "Precision divides the diagonal entry by its column's sum (everything predicted as "
                    + "c), recall by its row's sum (everything that is c). Guard both divisions: "
                    + "a class never predicted has precision 0, not NaN."})
class ClassScoresTest {

    private static String call(String method, int[][] counts, int c) {
        return "ClassScores.%s(counts=%s, c=%d)".formatted(method, Arrays.deepToString(counts), c);
    }

    private static void check(int[][] counts, int c, double p, double r, double f1) {
        Expect.near(call("precision", counts, c), p, ClassScores.precision(counts, c), 1e-12);
        Expect.near(call("recall", counts, c), r, ClassScores.recall(counts, c), 1e-12);
        Expect.near(call("f1", counts, c), f1, ClassScores.f1(counts, c), 1e-12);
    }

    @Test
    void alwaysPredictingTheMajority() {
        // 90 zeros and 10 ones, all called 0: accuracy 90 %, but class 1 is never found.
        int[][] counts = {{90, 0}, {10, 0}};
        check(counts, 0, 0.9, 1, 2 * 0.9 / 1.9);
        check(counts, 1, 0, 0, 0);
    }

    @Test
    void threeClassesByHand() {
        // Column 2 holds 4 + 1 + 6 = 11 predictions of class 2, 6 of them right; row 2 holds 8.
        int[][] counts = {{5, 1, 4}, {0, 7, 1}, {2, 0, 6}};
        check(counts, 2, 6 / 11.0, 6 / 8.0, 2 * 6.0 / (11 + 8));
        check(counts, 1, 7 / 8.0, 7 / 8.0, 7 / 8.0);
    }

    @Test
    void recallAgreesWithTheEngine() {
        int[][] counts = {{5, 1, 4}, {0, 7, 1}, {2, 0, 6}};
        var engine = new ConfusionMatrix(counts);
        for (int c = 0; c < 3; c++) {
            Expect.near(call("recall", counts, c) + ", compared with ConfusionMatrix.recall",
                    engine.recall(c), ClassScores.recall(counts, c), 1e-15);
        }
    }
}
