package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

/// L2 regularization folded into the gradient: adding `(λ/2)·‖w‖²` to the loss adds `λ·w` to
/// `∂L/∂w`. Taught in chapter 10 (AdamW's decoupled decay is the alternative).
final class WeightDecay {
    private WeightDecay() {}

    // tag::l2[]
    /// `∂L/∂w + λ·w` (a new matrix; the parameter's `grad` is not changed).
    static Matrix l2(Parameter p, double lambda) {
        if (lambda == 0) return p.grad();
        return p.grad().plus(p.value().scale(lambda)); // g = ∂L/∂w + λ·w
    }
    // end::l2[]
}
