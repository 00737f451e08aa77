package approximation;

/// Exercise 9.3: how many numbers a network of dense layers holds, and how wide a one-hidden-layer
/// network can be on the same budget.
public final class ParameterCount {
    private ParameterCount() {}

    /// The number of weights and biases of dense layers with the given widths, input first:
    /// `count(2, 16, 1)` is a `Dense(2 → 16)` followed by a `Dense(16 → 1)`. Throws an
    /// `IllegalArgumentException` for fewer than two widths or a width below 1.
    public static long count(int... widths) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 9.3 not attempted yet");
    }

    /// The largest hidden width `h` for which the network `count(in, h, out)` has at most
    /// `budget` parameters (0 if not even `h = 1` fits).
    public static int shallowWidth(int in, int out, long budget) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 9.3 not attempted yet");
    }
}
