package preface;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "0.4", title = "A seeded random sample", file = "preface/Sample.java",
        hints = {
            "rng.permutation(n) returns 0..n-1 in a random order; its first k entries are k "
                    + "different row indices.",
            "int[] order = rng.permutation(batch.rows()); then return "
                    + "batch.rows(Arrays.copyOf(order, k)). Check 0 <= k <= batch.rows() first."})
class SampleTest {
    /// Row i is `[i, 10·i]`.
    private static final Matrix BATCH = Matrix.linspace(0, 9, 10).times(Matrix.row(1.0, 10.0));

    @Test
    void picksTheFirstKRowsOfThePermutation() {
        int[] order = new Rng(5).permutation(10); // the reference draws the same permutation
        Matrix expected = BATCH.rows(Arrays.copyOf(order, 4));
        Matrix sample = Sample.rows(BATCH, 4, new Rng(5));
        if (sample == null) {
            throw new AssertionError("Sample.rows(batch, 4, new Rng(5)) returned null");
        }
        Expect.equal("Sample.rows(batch, 4, new Rng(5)).shape()", "4×2", sample.shape());
        Expect.near("Sample.rows(batch, 4, new Rng(5)) (row i of the batch is [i, 10·i])",
                expected.toArray(), sample.toArray(), 0);
    }

    @Test
    void sameSeedSameSampleAndAllRowsDifferent() {
        Matrix a = Sample.rows(BATCH, 10, new Rng(9));
        Matrix b = Sample.rows(BATCH, 10, new Rng(9));
        Expect.near("Sample.rows(batch, 10, new Rng(9)) twice", a.toArray(), b.toArray(), 0);
        double[] firsts = Arrays.stream(a.toArray2d()).mapToDouble(r -> r[0]).sorted().toArray();
        Expect.near("the sorted first column of Sample.rows(batch, 10, new Rng(9)): every row once",
                new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, firsts, 0);
    }

    @Test
    void rejectsTooManyRows() {
        Expect.rejects("Sample.rows(batch of 10 rows, 11, rng)",
                () -> Sample.rows(BATCH, 11, new Rng(1)),
                "there are only 10 rows to pick from");
        Expect.rejects("Sample.rows(batch of 10 rows, -1, rng)",
                () -> Sample.rows(BATCH, -1, new Rng(1)),
                "k must not be negative");
    }
}
