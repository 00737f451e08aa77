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
        var w1 = first.weights().value();
        var w2 = second.weights().value();
        var b1 = first.bias().value();
        var b2 = second.bias().value();
        return Dense.of(w1.times(w2), b1.times(w2).plus(b2)); // (x·W1 + b1)·W2 + b2
    }
}
