package losses;

/// Exercise 6.5: entropy, cross-entropy and KL divergence of discrete distributions `p` and `q`
/// (arrays of probabilities that sum to 1), in nats, with the convention `0 · ln 0 = 0`.
public final class Divergence {
    private Divergence() {}

    /// `H(p) = −Σⱼ pⱼ ln pⱼ`.
    public static double entropy(double[] p) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.5 not attempted yet");
    }

    /// `H(p, q) = −Σⱼ pⱼ ln qⱼ`: infinite if some `qⱼ = 0` where `pⱼ > 0`.
    public static double crossEntropy(double[] p, double[] q) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.5 not attempted yet");
    }

    /// `KL(p ‖ q) = Σⱼ pⱼ ln(pⱼ / qⱼ)`: infinite if some `qⱼ = 0` where `pⱼ > 0`.
    public static double kl(double[] p, double[] q) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.5 not attempted yet");
    }
}
