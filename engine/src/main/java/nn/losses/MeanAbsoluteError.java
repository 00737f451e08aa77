package nn.losses;

import nn.math.Matrix;

/// Mean absolute error `L = (1/n) Σᵢ Σⱼ |ŷᵢⱼ − yᵢⱼ|` over `n` examples, with gradient
/// `∂L/∂ŷ = sign(ŷ − y)/n`. Taught in chapter 6: less swayed by outliers than squared error.
///
/// At `ŷ = y` the absolute value has a kink; we use the slope 0 there.
public record MeanAbsoluteError() implements Loss {

    // tag::mae[]
    public double value(Matrix yHat, Matrix y) {
        Loss.requireSameShape(yHat, y);
        return yHat.minus(y).map(Math::abs).sum() / yHat.rows();
    }

    public Matrix gradient(Matrix yHat, Matrix y) {
        Loss.requireSameShape(yHat, y);
        return yHat.minus(y).map(Math::signum).scale(1.0 / yHat.rows()); // ∂L/∂ŷ = sign(ŷ − y)/n
    }
    // end::mae[]

    public String name() { return "mae"; }
}
