package activations;

/// Exercise 5.1: Mish, `f(z) = z·tanh(softplus(z))` with `softplus(z) = ln(1 + e^z)`, and its
/// derivative.
public final class Mish {
    private Mish() {}

    /// Returns `f(z) = z·tanh(ln(1 + e^z))`.
    public static double apply(double z) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 5.1 not attempted yet");
    }

    /// Returns `f'(z)`. Use the product rule on `z·tanh(s(z))` and the chain rule for
    /// `tanh(s(z))`; remember `tanh'(u) = 1 − tanh²(u)` and `softplus'(z) = σ(z)`.
    public static double derivative(double z) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 5.1 not attempted yet");
    }
}
