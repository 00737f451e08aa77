package nn.train;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    // true:      0 0 1 1 1 2
    // predicted: 0 1 1 1 2 2   → row 0: [1 1 0], row 1: [0 2 1], row 2: [0 0 1]
    private static final int[] ACTUAL = {0, 0, 1, 1, 1, 2};
    private static final int[] PREDICTED = {0, 1, 1, 1, 2, 2};

    @Test
    void of_countsTrueClassInRowsAndPredictionInColumns() {
        var m = ConfusionMatrix.of(ACTUAL, PREDICTED, 3);
        assertArrayEquals(new int[][] {{1, 1, 0}, {0, 2, 1}, {0, 0, 1}}, m.counts());
        assertEquals(1, m.count(0, 1));
        assertEquals(0, m.count(1, 0));
        assertEquals(6, m.total());
    }

    @Test
    void accuracyIsTheDiagonalShare() {
        assertEquals(4.0 / 6, ConfusionMatrix.of(ACTUAL, PREDICTED, 3).accuracy(), 1e-15);
    }

    @Test
    void recallIsTheDiagonalOverTheRow() {
        var m = ConfusionMatrix.of(ACTUAL, PREDICTED, 4);
        assertEquals(0.5, m.recall(0), 1e-15);
        assertEquals(2.0 / 3, m.recall(1), 1e-15);
        assertEquals(1.0, m.recall(2), 1e-15);
        assertTrue(Double.isNaN(m.recall(3)), "class 3 has no examples");
    }

    @Test
    void table_hasAHeaderAndOneRowPerClass() {
        String expected = """
                true \\ predicted    0    1
                               0    5    1
                               1    0    4""";
        assertEquals(expected, new ConfusionMatrix(new int[][] {{5, 1}, {0, 4}}).table());
    }

    @Test
    void countsCannotBeChangedFromOutside() {
        int[][] counts = {{1, 0}, {0, 1}};
        var m = new ConfusionMatrix(counts);
        counts[0][0] = 99;
        m.counts()[1][1] = 99;
        assertEquals(new ConfusionMatrix(new int[][] {{1, 0}, {0, 1}}), m);
    }

    @Test
    void rejectsBadInput() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 1}, 3));
        assertEquals("true label 3 at position 1 is outside 0..2", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0}, new int[] {0, 1}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new int[] {0}, new int[] {-1}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new ConfusionMatrix(new int[][] {{1, 2}}));
    }
}
