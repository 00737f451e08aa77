package nn.math;

import java.util.SplittableRandom;

/// A seeded random number generator: every random choice in the book goes through one of these,
/// so every run of every script prints the same numbers. Taught in chapter 1.
public final class Rng {
    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /// A number drawn uniformly from `[0, 1)`.
    public double uniform() {
        return random.nextDouble();
    }

    /// A number drawn uniformly from `[low, high)`.
    public double uniform(double low, double high) {
        return random.nextDouble(low, high);
    }

    /// A number drawn from the normal distribution with mean 0 and standard deviation 1.
    public double gaussian() {
        return random.nextGaussian();
    }

    /// A whole number drawn uniformly from `0, 1, ..., bound - 1`.
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    // tag::permutation[]
    /// `0, 1, ..., n - 1` in a random order (Fisher–Yates shuffle).
    public int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
    // end::permutation[]

    /// A new generator whose stream is independent of this one's.
    public Rng split() {
        return new Rng(random.nextLong());
    }
}
