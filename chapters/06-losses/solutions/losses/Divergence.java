package losses;

/// Exercise 6.5: entropy, cross-entropy and KL divergence of discrete distributions `p` and `q`
/// (arrays of probabilities that sum to 1), in nats, with the convention `0 · ln 0 = 0`.
public final class Divergence {
    private Divergence() {}

    /// `H(p) = −Σⱼ pⱼ ln pⱼ`.
    public static double entropy(double[] p) {
        double h = 0;
        for (double pj : p) if (pj > 0) h -= pj * Math.log(pj);
        return h;
    }

    /// `H(p, q) = −Σⱼ pⱼ ln qⱼ`: infinite if some `qⱼ = 0` where `pⱼ > 0`.
    public static double crossEntropy(double[] p, double[] q) {
        double h = 0;
        for (int j = 0; j < p.length; j++) if (p[j] > 0) h -= p[j] * Math.log(q[j]);
        return h;
    }

    /// `KL(p ‖ q) = Σⱼ pⱼ ln(pⱼ / qⱼ)`: infinite if some `qⱼ = 0` where `pⱼ > 0`.
    public static double kl(double[] p, double[] q) {
        double d = 0;
        for (int j = 0; j < p.length; j++) if (p[j] > 0) d += p[j] * Math.log(p[j] / q[j]);
        return d;
    }
}
