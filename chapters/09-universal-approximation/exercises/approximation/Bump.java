package approximation;

/// Exercise 9.1: a bump made of two sigmoids, `bump(x) = σ(k(x − a)) − σ(k(x − b))`.
public final class Bump {
    private Bump() {}

    /// Returns `σ(k(x − a)) − σ(k(x − b))` with `σ(z) = 1 / (1 + e^(−z))`.
    public static double value(double x, double a, double b, double k) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 9.1 not attempted yet");
    }

    /// The smallest steepness `k` for which a bump of width `b − a = width` reaches at least
    /// `1 − eps` at its centre. Throws an `IllegalArgumentException` unless `width > 0` and
    /// `0 < eps < 1`.
    public static double steepnessFor(double width, double eps) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 9.1 not attempted yet");
    }
}
