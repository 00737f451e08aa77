package nn.attention;

import nn.layers.Layer;
import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.List;

/// A residual connection around a layer `f`: `y = x + f(x)`. `f` must keep the shape of its
/// input. The backward pass adds the gradient through `f` to the gradient along the identity
/// path, `dx = dy + f.backward(dy)`, so `dy` reaches `x` undamped however `f` behaves.
/// Chapter 15.
public final class Residual implements Layer {
    private final Layer body;

    public Residual(Layer body) {
        this.body = body;
    }

    public Layer body() { return body; }

    // tag::residual[]
    public Matrix forward(Matrix x) {
        Matrix fx = body.forward(x);
        if (fx.rows() != x.rows() || fx.cols() != x.cols()) {
            throw new IllegalArgumentException(
                    "a residual connection needs f(x) of x's shape %s, but %s gave %s"
                            .formatted(x.shape(), body.describe(), fx.shape()));
        }
        return x.plus(fx);                           // y = x + f(x)
    }

    public Matrix backward(Matrix gradOut) {
        return gradOut.plus(body.backward(gradOut)); // dx = dy (identity path) + dy through f
    }
    // end::residual[]

    public List<Parameter> parameters() { return body.parameters(); }

    public void setTraining(boolean training) { body.setTraining(training); }

    public String describe() { return "Residual(" + body.describe().split("\n", 2)[0] + ")"; }
}
