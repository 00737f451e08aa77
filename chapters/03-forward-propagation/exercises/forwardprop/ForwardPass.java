package forwardprop;

import nn.activations.Activation;
import nn.math.Matrix;

import java.util.ArrayList;
import java.util.List;

/// Exercise 3.2: the forward pass of a whole network with matrix operations.
public final class ForwardPass {
    private ForwardPass() {}

    /// Runs `a⁽ˡ⁾ = f(a⁽ˡ⁻¹⁾·W⁽ˡ⁾ + b⁽ˡ⁾)` for `l = 1 … L` from `a⁽⁰⁾ = x` and returns every
    /// activation `[a⁽⁰⁾, a⁽¹⁾, …, a⁽ᴸ⁾]` (so the list has one more entry than there are layers).
    /// `weights.get(l − 1)` is `W⁽ˡ⁾` (`in × out`), `biases.get(l − 1)` is `b⁽ˡ⁾` (`1 × out`);
    /// `x` is `n × in`. Use `times`, `plusRow` and `f.apply(Matrix)`; no loops over entries.
    public static List<Matrix> activations(List<Matrix> weights, List<Matrix> biases,
                                           Activation f, Matrix x) {
        List<Matrix> a = new ArrayList<>(List.of(x));
        // Your code here: one line per layer inside a loop over l.
        throw new UnsupportedOperationException("exercise 3.2 not attempted yet");
    }
}
