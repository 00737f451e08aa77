package activations;

/// Exercise 5.1: Mish, `f(z) = z·tanh(softplus(z))` with `softplus(z) = ln(1 + e^z)`, and its
/// derivative.
public final class Mish {
    private Mish() {}

    /// Returns `f(z) = z·tanh(ln(1 + e^z))`.
    public static double apply(double z) {
        return z * Math.tanh(softplus(z));
    }

    /// Returns `f'(z)`. By the product and chain rules, with `s = softplus(z)` and
    /// `s'(z) = σ(z)`: `f'(z) = tanh(s) + z·(1 − tanh²(s))·σ(z)`.
    public static double derivative(double z) {
        double t = Math.tanh(softplus(z));
        double sigmoid = 1 / (1 + Math.exp(-z));
        return t + z * (1 - t * t) * sigmoid;
    }

    private static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }
}
