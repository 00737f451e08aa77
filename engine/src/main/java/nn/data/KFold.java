package nn.data;

import nn.math.Rng;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// k-fold cross-validation: the examples are shuffled once and dealt into `k` folds whose sizes
/// differ by at most one; split `f` validates on fold `f` and trains on the other `k − 1`.
/// Every example is validated on exactly once. Taught in chapter 10.
public final class KFold {
    private KFold() {}

    // tag::k-fold[]
    /// The `k` splits of `data`, each a `Split(train, test)` with fold `f` as `test`.
    public static List<Split> splits(Dataset data, int k, Rng rng) {
        if (k < 2 || k > data.size()) {
            throw new IllegalArgumentException(
                    "k-fold cross-validation needs 2 ≤ k ≤ %d (the number of examples), got k = %d"
                            .formatted(data.size(), k));
        }
        int[] order = rng.permutation(data.size());
        List<Split> splits = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            int from = f * data.size() / k, to = (f + 1) * data.size() / k; // fold f: [from, to)
            int[] test = Arrays.copyOfRange(order, from, to);
            int[] train = new int[data.size() - test.length];
            System.arraycopy(order, 0, train, 0, from);
            System.arraycopy(order, to, train, from, data.size() - to);
            splits.add(new Split(data.rows(train), data.rows(test)));
        }
        return splits;
    }
    // end::k-fold[]
}
