package approximation;

/// Exercise 9.1: a bump made of two sigmoids, `bump(x) = σ(k(x − a)) − σ(k(x − b))`.
public final class Bump {
    private Bump() {}

    /// Returns `σ(k(x − a)) − σ(k(x − b))` with `σ(z) = 1 / (1 + e^(−z))`.
    public static double value(double x, double a, double b, double k) {
        return sigmoid(k * (x - a)) - sigmoid(k * (x - b));
    }

    /// The smallest steepness `k` for which a bump of width `b − a = width` reaches at least
    /// `1 − eps` at its centre. Throws an `IllegalArgumentException` unless `width > 0` and
    /// `0 < eps < 1`.
    public static double steepnessFor(double width, double eps) {
        if (!(width > 0) || !(eps > 0 && eps < 1)) {
            throw new IllegalArgumentException(
                    "need width > 0 and 0 < eps < 1, got width %s, eps %s".formatted(width, eps));
        }
        // At the centre, bump = σ(kw/2) − σ(−kw/2) = 2σ(kw/2) − 1 = tanh(kw/4) ≥ 1 − ε.
        double y = 1 - eps;
        double atanh = 0.5 * Math.log((1 + y) / (1 - y));
        return 4 * atanh / width;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
