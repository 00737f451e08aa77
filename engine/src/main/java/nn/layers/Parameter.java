package nn.layers;

import nn.math.Matrix;

/// A trainable matrix and the gradient of the loss with respect to it, of the same shape.
/// Layers write `grad` in `backward` (accumulating with `+=`); optimizers read `grad` and
/// update `value` in place; `zeroGrad` clears `grad` before the next batch.
public final class Parameter {
    private final String name;
    private final Matrix value;
    private final Matrix grad;

    public Parameter(String name, Matrix value) {
        this.name = name;
        this.value = value;
        this.grad = Matrix.zeros(value.rows(), value.cols());
    }

    public String name() { return name; }

    public Matrix value() { return value; }

    public Matrix grad() { return grad; }

    public void zeroGrad() { grad.zeroInPlace(); }

    @Override
    public String toString() { return name + " " + value.shape(); }
}
