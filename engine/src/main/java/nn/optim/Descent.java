package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/// Runs an optimizer on a function of a few variables, given by its gradient, and records the
/// path `w₀, w₁, …, w_steps`: the way chapter 7 watches optimizers walk over a loss surface
/// (a quadratic valley, the Rosenbrock function) before they train networks.
public final class Descent {
    private Descent() {}

    // tag::descent[]
    /// The `steps + 1` points visited from `start` (row `t` is `w_t`); `gradient`
    /// maps a point to `∇f` there. Stops early, with fewer rows, if a point is not
    /// finite.
    public static double[][] path(Optimizer optimizer, double[] start,
                                  UnaryOperator<double[]> gradient, int steps) {
        Parameter w = new Parameter("w", Matrix.row(start.clone()));
        double[][] points = new double[steps + 1][];
        points[0] = start.clone();
        for (int t = 1; t <= steps; t++) {
            w.zeroGrad();
            double[] g = gradient.apply(w.value().toArray());  // g = ∇f(w)
            w.grad().accumulate(Matrix.row(g));
            optimizer.step(List.of(w));
            points[t] = w.value().toArray();
            if (w.value().firstNonFinite() != null) {
                return Arrays.copyOf(points, t + 1);
            }
        }
        return points;
    }
    // end::descent[]
}
