package digits;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "11.4", title = "Accuracy from logits", file = "digits/LogitAccuracy.java", hints = {
        "Count the rows whose argmax (exercise 11.3) equals the label, then divide by the rows.",
        "Divide as doubles: (double) correct / logits.length, otherwise 3 / 4 is 0."})
class LogitAccuracyTest {

    private static void check(double[][] logits, int[] labels, double expected) {
        String call = "LogitAccuracy.of(%s, %s)"
                .formatted(Arrays.deepToString(logits), Arrays.toString(labels));
        Expect.near(call, expected, LogitAccuracy.of(logits, labels), 1e-12);
    }

    @Test
    void countsRowsWhoseArgmaxIsTheLabel() {
        // argmaxes 1, 0, 2, 2 against labels 1, 0, 2, 0: three of four right.
        double[][] logits = {{0.1, 2.5, -1}, {3, 0, 2.9}, {-5, -4, -3}, {0, 1, 2}};
        check(logits, new int[] {1, 0, 2, 0}, 0.75);
    }

    @Test
    void allRightAndAllWrong() {
        double[][] logits = {{5, 0}, {0, 5}};
        check(logits, new int[] {0, 1}, 1);
        check(logits, new int[] {1, 0}, 0);
    }

    @Test
    void breaksTiesTowardsTheSmallestColumn() {
        check(new double[][] {{2, 2, 1}}, new int[] {0}, 1);
    }

    @Test
    void rejectsMismatchedInput() {
        Expect.rejects("LogitAccuracy.of(2 rows, 1 label)",
                () -> LogitAccuracy.of(new double[][] {{1, 0}, {0, 1}}, new int[] {0}),
                "every row of logits needs exactly one label");
        Expect.rejects("LogitAccuracy.of(no rows, no labels)",
                () -> LogitAccuracy.of(new double[0][], new int[0]),
                "the accuracy of no examples is 0/0");
    }
}
