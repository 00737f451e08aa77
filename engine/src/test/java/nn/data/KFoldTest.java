package nn.data;

import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KFoldTest {

    /// n examples whose single feature is their index, so each row says where it came from.
    private static Dataset numbered(int n) {
        Matrix x = Matrix.zeros(n, 1);
        for (int i = 0; i < n; i++) x.set(i, 0, i);
        return new Dataset(x, x.scale(2), "numbered");
    }

    private static Set<Integer> ids(Dataset d) {
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < d.size(); i++) ids.add((int) d.x().get(i, 0));
        return ids;
    }

    @Test
    void everyExampleIsValidatedOnExactlyOnce() {
        List<Split> splits = KFold.splits(numbered(23), 5, new Rng(1));
        assertEquals(5, splits.size());
        Set<Integer> validated = new HashSet<>();
        int total = 0;
        for (Split s : splits) {
            validated.addAll(ids(s.test()));
            total += s.test().size();
        }
        assertEquals(23, total, "the folds overlap");
        assertEquals(23, validated.size(), "some example is in no fold");
    }

    @Test
    void trainingPartIsTheRestAndFoldSizesDifferByAtMostOne() {
        for (Split s : KFold.splits(numbered(23), 5, new Rng(2))) {
            Set<Integer> train = ids(s.train());
            Set<Integer> test = ids(s.test());
            assertEquals(23, train.size() + test.size());
            train.retainAll(test);
            assertTrue(train.isEmpty(), "an example is in both parts: " + train);
            assertTrue(s.test().size() == 4 || s.test().size() == 5, "fold of " + s.test().size());
        }
    }

    @Test
    void rowsKeepTheirTargets() {
        for (Split s : KFold.splits(numbered(10), 3, new Rng(3))) {
            for (Dataset part : List.of(s.train(), s.test())) {
                for (int i = 0; i < part.size(); i++) {
                    assertEquals(2 * part.x().get(i, 0), part.y().get(i, 0));
                }
            }
        }
    }

    @Test
    void rejectsTooFewOrTooManyFolds() {
        for (int k : new int[] {1, 11}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> KFold.splits(numbered(10), k, new Rng(1)));
            assertTrue(e.getMessage().contains("k = " + k) && e.getMessage().contains("10"),
                    e.getMessage());
        }
    }
}
