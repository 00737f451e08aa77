package backprop;

import nn.layers.Layer;
import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.List;

/// Exercise 4.3: the backward pass of a fully connected layer `z = x·W + b`.
public final class DenseLayer implements Layer {
    private final Parameter weights; // W, in × out
    private final Parameter bias;    // b, 1 × out
    private Matrix x;                // written by forward, read by backward: the input, n × in

    public DenseLayer(Matrix weights, Matrix bias) {
        this.weights = new Parameter("W", weights.copy());
        this.bias = new Parameter("b", bias.copy());
    }

    public Matrix forward(Matrix x) {
        this.x = x;
        return x.times(weights.value()).plusRow(bias.value()); // z = x·W + b
    }

    /// Given `gradOut = ∂L/∂z` (`n × out`): ADDS `∂L/∂W = xᵀ·gradOut` to `weights.grad()` and
    /// `∂L/∂b` (the column sums of `gradOut`) to `bias.grad()`, using `accumulate`, and returns
    /// `∂L/∂x = gradOut·Wᵀ` (`n × in`).
    public Matrix backward(Matrix gradOut) {
        // Your code here: three lines, one per gradient.
        throw new UnsupportedOperationException("exercise 4.3 not attempted yet");
    }

    public List<Parameter> parameters() { return List.of(weights, bias); }

    public Parameter weights() { return weights; }

    public Parameter bias() { return bias; }
}
