package nn.layers;

import nn.math.Matrix;

import java.util.List;

/// A differentiable building block: `forward` maps a batch `x` (`n × in`) to `y` (`n × out`);
/// `backward` takes `gradOut = ∂L/∂y` and returns `gradIn = ∂L/∂x`, adding (`+=`) the
/// gradients of its own parameters into their `grad` buffers. Taught in chapters 3 and 4.
///
/// Contract: `backward` is called once after each `forward`, with a `gradOut` of `y`'s shape;
/// a layer may cache what `forward` saw for that call. Write a custom layer by implementing
/// this interface (chapter 10 shows one). For example `y = s·x` with one trainable scalar `s`:
///
/// ```java
/// final class Scale implements Layer {
///     private final Parameter s = new Parameter("s", Matrix.row(1.0));
///     private Matrix x; // written by forward, read by backward
///
///     public Matrix forward(Matrix x) {
///         this.x = x;
///         return x.scale(s.value().item());
///     }
///
///     public Matrix backward(Matrix gradOut) {
///         s.grad().set(0, 0, s.grad().item() + gradOut.hadamard(x).sum()); // ds = Σ dy ⊙ x
///         return gradOut.scale(s.value().item());                          // dx = s·dy
///     }
///
///     public List<Parameter> parameters() { return List.of(s); }
/// }
/// ```
public interface Layer {

    /// `y = layer(x)`; caches what `backward` needs.
    Matrix forward(Matrix x);

    /// `gradIn = ∂L/∂x` from `gradOut = ∂L/∂y`; accumulates parameter gradients.
    Matrix backward(Matrix gradOut);

    /// Like `backward`, but without `gradIn`: only the parameter gradients are accumulated.
    /// Models call it on their first layer, whose input is data that nobody differentiates;
    /// `Dense` then skips its largest product. The default runs `backward` and drops `gradIn`.
    default void backwardParameters(Matrix gradOut) {
        backward(gradOut);
    }

    /// The trainable parameters, in a fixed order (empty for layers without any).
    default List<Parameter> parameters() {
        return List.of();
    }

    /// Switches between training behaviour (dropout active, batch statistics) and evaluation.
    default void setTraining(boolean training) {}

    /// A short description for summaries, e.g. `Dense(2 → 3)`.
    default String describe() {
        return getClass().getSimpleName();
    }
}
