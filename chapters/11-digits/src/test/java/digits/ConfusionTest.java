package digits;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "11.5", title = "Build the confusion matrix", file = "digits/Confusion.java",
        hints = {
        "Start from new int[classes][classes] and add 1 to one cell per example.",
        "The cell is counts[actual[i]][predicted[i]]: the row is the truth, the column the guess."})
class ConfusionTest {

    private static void check(int[] actual, int[] predicted, int classes, int[][] expected) {
        String call = "Confusion.counts(actual=%s, predicted=%s, %d)"
                .formatted(Arrays.toString(actual), Arrays.toString(predicted), classes);
        int[][] counts = Confusion.counts(actual, predicted, classes);
        if (counts == null) throw new AssertionError(call + " returned null");
        if (counts.length != classes) {
            throw new AssertionError("%s returned %d rows but should have one per class, %d"
                    .formatted(call, counts.length, classes));
        }
        for (int t = 0; t < classes; t++) {
            if (!Arrays.equals(expected[t], counts[t])) {
                throw new AssertionError(("%s: row %d (true class %d) is %s but should be %s;"
                        + " rows are true classes, columns predictions")
                        .formatted(call, t, t, Arrays.toString(counts[t]),
                                Arrays.toString(expected[t])));
            }
        }
    }

    @Test
    void putsTheTruthInRowsAndThePredictionInColumns() {
        // Pairs (true, predicted): (0,0) (0,1) (1,1) (1,1) (1,2) (2,2).
        check(new int[] {0, 0, 1, 1, 1, 2}, new int[] {0, 1, 1, 1, 2, 2}, 3,
                new int[][] {{1, 1, 0}, {0, 2, 1}, {0, 0, 1}});
    }

    @Test
    void oneMistakeIsOffTheDiagonal() {
        // A 7 taken for a 9: row 7, column 9.
        int[][] expected = new int[10][10];
        expected[7][9] = 1;
        check(new int[] {7}, new int[] {9}, 10, expected);
    }

    @Test
    void keepsClassesWithoutExamples() {
        check(new int[] {1}, new int[] {1}, 3, new int[][] {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}});
    }

    @Test
    void rejectsArraysOfDifferentLengths() {
        Expect.rejects("Confusion.counts(actual=[0, 1], predicted=[0], 2)",
                () -> Confusion.counts(new int[] {0, 1}, new int[] {0}, 2),
                "every true label needs exactly one prediction");
    }
}
