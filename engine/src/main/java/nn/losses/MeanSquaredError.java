package nn.losses;

import nn.math.Matrix;

/// Mean squared error `L = (1/n) Σᵢ Σⱼ (ŷᵢⱼ − yᵢⱼ)²` over `n` examples, with gradient
/// `∂L/∂ŷ = (2/n)(ŷ − y)`. Taught in chapter 6.
public record MeanSquaredError() implements Loss {

    // tag::mse[]
    public double value(Matrix yHat, Matrix y) {
        Loss.requireSameShape(yHat, y);
        Matrix error = yHat.minus(y);
        return error.hadamard(error).sum() / yHat.rows();
    }

    public Matrix gradient(Matrix yHat, Matrix y) {
        Loss.requireSameShape(yHat, y);
        return yHat.minus(y).scale(2.0 / yHat.rows()); // ∂L/∂ŷ = (2/n)(ŷ − y)
    }
    // end::mse[]

    public String name() { return "mse"; }
}
