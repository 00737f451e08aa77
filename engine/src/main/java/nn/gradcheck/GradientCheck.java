package nn.gradcheck;

import nn.layers.Layer;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/// Gradient checking: compares an analytic gradient with central differences
/// `∂f/∂xᵢⱼ ≈ (f(x + h·eᵢⱼ) − f(x − h·eᵢⱼ)) / 2h`, entry by entry. Taught in chapter 4.
///
/// The relative error of one entry is `|n − a| / max(1e-12, |n| + |a|)`; around `1e-7` or less
/// means the analytic gradient is right.
public final class GradientCheck {
    /// The default step `h`: small enough for accuracy, large enough to avoid round-off.
    public static final double STEP = 1e-5;

    private GradientCheck() {}

    /// Compares `analytic` with the numerical gradient of `f` at `x`; `x` is restored afterwards.
    public static Report compare(String name, Matrix x, ToDoubleFunction<Matrix> f,
                                 Matrix analytic) {
        x.requireSameShape(analytic, "gradient check of " + name);
        List<Report.Entry> entries = new ArrayList<>();
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                double numeric = centralDifference(x, i, j, f);
                entries.add(new Report.Entry(name, i, j, analytic.get(i, j), numeric));
            }
        }
        return new Report(entries);
    }

    // tag::central-difference[]
    /// `(f(x + h·eᵢⱼ) − f(x − h·eᵢⱼ)) / 2h`, leaving `x` as it was.
    public static double centralDifference(Matrix x, int i, int j, ToDoubleFunction<Matrix> f) {
        double original = x.get(i, j);
        x.set(i, j, original + STEP);
        double plus = f.applyAsDouble(x);
        x.set(i, j, original - STEP);
        double minus = f.applyAsDouble(x);
        x.set(i, j, original);
        return (plus - minus) / (2 * STEP);
    }
    // end::central-difference[]

    // tag::check-layer[]
    /// Checks a layer's `backward`: the input gradient and every parameter gradient, using the
    /// scalar `L = Σ (layer(x) ⊙ R)` for a fixed random `R`, so that `∂L/∂y = R`.
    public static Report layer(Layer layer, Matrix x, Rng rng) {
        Matrix y = layer.forward(x);
        Matrix r = Matrix.gaussian(y.rows(), y.cols(), 1, rng);
        layer.parameters().forEach(Parameter::zeroGrad);
        Matrix gradIn = layer.backward(r);
        ToDoubleFunction<Matrix> loss = ignored -> layer.forward(x).hadamard(r).sum();

        List<Report.Entry> entries = new ArrayList<>(compare("input", x, loss, gradIn).entries());
        for (Parameter p : layer.parameters()) {
            entries.addAll(compare(p.name(), p.value(), loss, p.grad().copy()).entries());
        }
        return new Report(entries);
    }
    // end::check-layer[]
}
