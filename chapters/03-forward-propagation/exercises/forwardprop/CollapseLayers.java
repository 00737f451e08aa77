package forwardprop;

import nn.layers.Dense;

/// Exercise 3.4: two dense layers with no activation between them are one dense layer.
public final class CollapseLayers {
    private CollapseLayers() {}

    /// Returns one `Dense` layer that computes exactly what `first` followed by `second`
    /// computes (with the identity activation between them): for every batch `x`,
    /// `single.forward(x)` equals `second.forward(first.forward(x))`. Read the weights with
    /// `first.weights().value()` and the bias with `first.bias().value()`; build the result
    /// with `Dense.of(W, b)`.
    public static Dense collapse(Dense first, Dense second) {
        // Your code here: write (x·W1 + b1)·W2 + b2 as x·W + b.
        throw new UnsupportedOperationException("exercise 3.4 not attempted yet");
    }
}
