package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.stream.IntStream;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

class SplitTest {

    /// `n` examples whose feature and label are their own index.
    private static Dataset numbered(int n) {
        int[] ids = IntStream.range(0, n).toArray();
        Matrix x = Matrix.column(IntStream.range(0, n).asDoubleStream().toArray());
        return new Dataset(x, x, ids, "numbered");
    }

    @Test
    void trainTestSplit_sizesFollowTheFraction() {
        Split split = Split.trainTestSplit(numbered(100), 0.2, new Rng(1));
        assertEquals(80, split.train().size());
        assertEquals(20, split.test().size());
    }

    @Test
    void trainTestSplit_partsAreDisjointAndCoverEveryExample() {
        Split split = Split.trainTestSplit(numbered(50), 0.3, new Rng(2));
        int[] all = IntStream.concat(Arrays.stream(split.train().labels()),
                Arrays.stream(split.test().labels())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 50).toArray(), all);
    }

    @Test
    void trainTestSplit_isDeterminedByTheSeed() {
        assertEquals(Split.trainTestSplit(numbered(40), 0.25, new Rng(7)),
                Split.trainTestSplit(numbered(40), 0.25, new Rng(7)));
        assertNotEquals(Split.trainTestSplit(numbered(40), 0.25, new Rng(7)).test(),
                Split.trainTestSplit(numbered(40), 0.25, new Rng(8)).test());
    }

    @Test
    void trainTestSplit_rejectsFractionsThatLeaveAPartEmpty() {
        assertThrows(IllegalArgumentException.class,
                () -> Split.trainTestSplit(numbered(10), 0.0, new Rng(1)));
        assertThrows(IllegalArgumentException.class,
                () -> Split.trainTestSplit(numbered(10), 1.0, new Rng(1)));
        assertThrows(IllegalArgumentException.class,
                () -> Split.trainTestSplit(numbered(10), 0.01, new Rng(1)));
    }

    @Test
    void atRow_keepsTheOrder() {
        Split split = Split.atRow(numbered(5), 3);
        assertArrayEquals(new int[] {0, 1, 2}, split.train().labels());
        assertArrayEquals(new int[] {3, 4}, split.test().labels());
        assertEquals("numbered (test)", split.test().name());
    }
}
