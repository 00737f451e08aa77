package losses;

/// Exercise 6.3: binary cross-entropy from a logit. For one example with score `z` and target
/// `y` in `[0, 1]`, the loss is `−[y·ln σ(z) + (1 − y)·ln(1 − σ(z))]`.
public final class StableBce {
    private StableBce() {}

    /// Returns the loss without ever computing `σ(z)` first: rewrite it as
    /// `max(z, 0) − z·y + ln(1 + e^(−|z|))`. Must be finite for `z = ±1000`.
    public static double value(double z, double y) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.3 not attempted yet");
    }

    /// Returns `∂L/∂z = σ(z) − y`, computed without overflow.
    public static double gradient(double z, double y) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.3 not attempted yet");
    }
}
