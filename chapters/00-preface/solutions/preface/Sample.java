package preface;

import nn.math.Matrix;
import nn.math.Rng;

/// Exercise 0.4: a seeded random sample of examples, the first step of every mini-batch.
public final class Sample {
    private Sample() {}

    /// Returns `k` different rows of `batch` in random order: call `rng.permutation(n)` exactly
    /// once (with `n = batch.rows()`), keep its first `k` indices and return those rows, in that
    /// order, as a `k × d` matrix. Throws an `IllegalArgumentException` unless `0 <= k <= n`.
    public static Matrix rows(Matrix batch, int k, Rng rng) {
        if (k < 0 || k > batch.rows()) {
            throw new IllegalArgumentException("cannot pick %d of %d rows"
                    .formatted(k, batch.rows()));
        }
        int[] order = rng.permutation(batch.rows());
        return batch.rows(java.util.Arrays.copyOf(order, k));
    }
}
