package approximation;

/// Exercise 9.3: how many numbers a network of dense layers holds, and how wide a one-hidden-layer
/// network can be on the same budget.
public final class ParameterCount {
    private ParameterCount() {}

    /// The number of weights and biases of dense layers with the given widths, input first:
    /// `count(2, 16, 1)` is a `Dense(2 → 16)` followed by a `Dense(16 → 1)`. Throws an
    /// `IllegalArgumentException` for fewer than two widths or a width below 1.
    public static long count(int... widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("need at least an input and an output width");
        }
        long total = 0;
        for (int l = 1; l < widths.length; l++) {
            if (widths[l - 1] < 1 || widths[l] < 1) {
                throw new IllegalArgumentException("widths must be >= 1");
            }
            total += (long) widths[l - 1] * widths[l] + widths[l]; // W is in × out, b is 1 × out
        }
        return total;
    }

    /// The largest hidden width `h` for which the network `count(in, h, out)` has at most
    /// `budget` parameters (0 if not even `h = 1` fits).
    public static int shallowWidth(int in, int out, long budget) {
        // (in + 1)·h + (h + 1)·out = (in + 1 + out)·h + out ≤ budget
        long h = (budget - out) / (in + 1 + out);
        return (int) Math.max(0, h);
    }
}
