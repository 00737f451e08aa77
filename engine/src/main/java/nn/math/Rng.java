package nn.math;

/// A seeded random number generator: every random choice in the book goes through one of these,
/// so every run of every script prints the same numbers. Taught in chapter 1.
///
/// It is SplitMix64 (Steele, Lea and Flood, 2014), the generator behind the JDK's
/// `SplittableRandom`, written out so that the engine compiled to JavaScript for the book's
/// widgets draws exactly the same numbers as on the JVM: the uniform draws, `nextInt` and
/// `split` equal `SplittableRandom`'s bit for bit (a test checks it). Gaussians come from the
/// polar method with `StrictMath`, whose results are the same on every platform.
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long seed;
    private final long gamma;

    public Rng(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    private Rng(long seed, long gamma) {
        this.seed = seed;
        this.gamma = gamma;
    }

    // tag::splitmix[]
    /// 64 random bits: step the state by a fixed odd constant, then scramble it.
    public long nextLong() {
        seed += gamma;
        long z = seed;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /// A number drawn uniformly from `[0, 1)`: the top 53 bits of `nextLong` as a fraction.
    public double uniform() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
    // end::splitmix[]

    /// A number drawn uniformly from `[low, high)`.
    public double uniform(double low, double high) {
        double r = uniform() * (high - low) + low;
        return r < high ? r : Math.nextDown(high);
    }

    // tag::gaussian[]
    /// A number drawn from the normal distribution with mean 0 and standard deviation 1, by the
    /// polar method: a uniform point `(u, v)` inside the unit circle, with `s = u² + v²`, gives
    /// `u·√(−2 ln s / s)`.
    public double gaussian() {
        double u, v, s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }
    // end::gaussian[]

    /// A whole number drawn uniformly from `0, 1, ..., bound - 1`, without the bias of a plain
    /// `% bound` (draws from the incomplete last block are rejected).
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive, got " + bound);
        int r = nextInt32();
        int m = bound - 1;
        if ((bound & m) == 0) return r & m;
        for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt32() >>> 1) {
            // rejected: u fell in the last, incomplete block of `bound` values
        }
        return r;
    }

    // tag::permutation[]
    /// `0, 1, ..., n - 1` in a random order (Fisher–Yates shuffle).
    public int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
    // end::permutation[]

    /// A new generator whose stream is independent of this one's.
    public Rng split() {
        return new Rng(nextLong(), mixGamma(seed += gamma));
    }

    private int nextInt32() {
        seed += gamma;
        long z = seed;
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    /// An odd step with enough bit transitions for a split-off stream.
    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int transitions = Long.bitCount(z ^ (z >>> 1));
        return transitions < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }
}
