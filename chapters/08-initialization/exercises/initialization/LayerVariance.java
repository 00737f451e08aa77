package initialization;

/// Exercise 8.3: how the variance of the pre-activations changes from layer to layer.
public final class LayerVariance {
    private LayerVariance() {}

    /// `Var(z) = fanIn · Var(w) · E[a²]` for `z = Σᵢ wᵢ aᵢ` with independent, zero-mean weights
    /// independent of the inputs; `secondMoment` is `E[a²]` of one input.
    public static double preActivation(int fanIn, double weightVariance, double secondMoment) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 8.3 not attempted yet");
    }

    /// The variance of `z` after `layers` ReLU layers of width `fanIn`, starting from
    /// pre-activations of variance `inputVariance` that are symmetric around 0: each layer
    /// applies ReLU (`E[a²] = Var(z) / 2`) and then `preActivation`.
    public static double throughReLULayers(int layers, int fanIn, double weightVariance,
                                           double inputVariance) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 8.3 not attempted yet");
    }
}
