package initialization;

/// Exercise 8.1: the scales of Xavier/Glorot initialization.
public final class XavierLimits {
    private XavierLimits() {}

    /// The `l` of `U(−l, l)` whose variance `l²/3` equals `2 / (fanIn + fanOut)`:
    /// `l = √(6 / (fanIn + fanOut))`.
    public static double uniformLimit(int fanIn, int fanOut) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 8.1 not attempted yet");
    }

    /// The standard deviation of `N(0, σ²)` with `σ² = 2 / (fanIn + fanOut)`.
    public static double normalStd(int fanIn, int fanOut) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 8.1 not attempted yet");
    }
}
