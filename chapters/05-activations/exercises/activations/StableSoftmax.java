package activations;

/// Exercise 5.2: softmax `aⱼ = e^(zⱼ) / Σₖ e^(zₖ)` that survives scores like `z = 1000`.
public final class StableSoftmax {
    private StableSoftmax() {}

    /// Returns the softmax of `z` as a new array (leave `z` unchanged). Subtract `max(z)` from
    /// every score before exponentiating, so that no `e^(...)` exceeds 1 and none overflows.
    public static double[] of(double[] z) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 5.2 not attempted yet");
    }
}
