package nn.math;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RngTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE})
    void uniformDraws_equalSplittableRandomsBitForBit(long seed) {
        var rng = new Rng(seed);
        var jdk = new SplittableRandom(seed);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(jdk.nextLong(), rng.nextLong());
            assertEquals(jdk.nextDouble(), rng.uniform());
            assertEquals(jdk.nextDouble(-3, 5), rng.uniform(-3, 5));
            assertEquals(jdk.nextInt(1 + i % 1000), rng.nextInt(1 + i % 1000));
            assertEquals(jdk.nextInt(1 << (i % 31)), rng.nextInt(1 << (i % 31)));
        }
    }

    @Test
    void nextInt_withABoundNearTheLimit_equalsSplittableRandom() {
        var rng = new Rng(3);
        var jdk = new SplittableRandom(3);
        int bound = (1 << 30) + 1; // half the draws are rejected: exercises the retry loop
        for (int i = 0; i < 1_000; i++) assertEquals(jdk.nextInt(bound), rng.nextInt(bound));
    }

    @Test
    void split_equalsSplittableRandomsSplit() {
        var rng = new Rng(11).split().split();
        var jdk = new SplittableRandom(11).split().split();
        for (int i = 0; i < 1_000; i++) assertEquals(jdk.nextLong(), rng.nextLong());
    }

    @Test
    void gaussian_hasMeanZeroAndVarianceOne() {
        var rng = new Rng(5);
        int n = 200_000;
        double sum = 0, sumSquares = 0, beyondTwo = 0;
        for (int i = 0; i < n; i++) {
            double g = rng.gaussian();
            sum += g;
            sumSquares += g * g;
            if (Math.abs(g) > 2) beyondTwo++;
        }
        double mean = sum / n, variance = sumSquares / n - mean * mean;
        assertEquals(0, mean, 4 * Math.sqrt(1.0 / n));
        assertEquals(1, variance, 0.01);
        assertEquals(0.0455, beyondTwo / n, 0.002, "P(|g| > 2) of a standard normal");
    }

    @Test
    void sameSeed_sameStream() {
        var a = new Rng(9);
        var b = new Rng(9);
        for (int i = 0; i < 100; i++) assertEquals(a.gaussian(), b.gaussian());
    }

    @Test
    void permutation_containsEveryIndexOnce() {
        int[] order = new Rng(1).permutation(1000);
        boolean[] seen = new boolean[1000];
        for (int i : order) seen[i] = true;
        for (boolean s : seen) assertTrue(s);
    }

    @Test
    void nextInt_rejectsABoundBelowOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Rng(1).nextInt(0));
        assertEquals("bound must be positive, got 0", e.getMessage());
    }
}
