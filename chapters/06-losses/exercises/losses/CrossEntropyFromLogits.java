package losses;

/// Exercise 6.4: softmax cross-entropy of one example from its scores (logits) `z` and the index
/// `label` of its true class: `L = −ln softmax(z)[label] = ln Σⱼ e^(zⱼ) − z[label]`.
public final class CrossEntropyFromLogits {
    private CrossEntropyFromLogits() {}

    /// Returns `L`, computing `ln Σⱼ e^(zⱼ)` as `m + ln Σⱼ e^(zⱼ − m)` with `m = max z`, so that
    /// it is finite for scores like 1000 or −1000.
    public static double value(double[] z, int label) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.4 not attempted yet");
    }

    /// Returns `∂L/∂z = softmax(z) − onehot(label)` as a new array.
    public static double[] gradient(double[] z, int label) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.4 not attempted yet");
    }
}
