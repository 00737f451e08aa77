package nn.recurrent;

import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/// Gradient checking for a whole sequence: backpropagation through time against central
/// differences, with the scalar `L = Σₜ Σ (hₜ ⊙ Rₜ)` for fixed random `Rₜ`, so that the loss
/// looks at every step and `∂L/∂hₜ = Rₜ` directly. Taught in chapter 14.
public final class SequenceGradientCheck {
    private SequenceGradientCheck() {}

    /// Checks every input `xₜ` (named `x1`, `x2`, …) and every parameter gradient.
    public static Report check(SequenceLayer layer, List<Matrix> xs, Rng rng) {
        List<Matrix> rs = new ArrayList<>();
        for (Matrix h : layer.forward(xs)) rs.add(Matrix.gaussian(h.rows(), h.cols(), 1, rng));
        layer.parameters().forEach(Parameter::zeroGrad);
        SequenceLayer.Gradients analytic = layer.backward(rs);
        ToDoubleFunction<Matrix> loss = ignored -> weightedSum(layer.forward(xs), rs);

        List<Report.Entry> entries = new ArrayList<>();
        for (int t = 0; t < xs.size(); t++) {
            entries.addAll(GradientCheck.compare("x" + (t + 1), xs.get(t), loss,
                    analytic.inputs().get(t)).entries());
        }
        for (Parameter p : layer.parameters()) {
            entries.addAll(GradientCheck.compare(p.name(), p.value(), loss, p.grad().copy())
                    .entries());
        }
        return new Report(entries);
    }

    private static double weightedSum(List<Matrix> hs, List<Matrix> rs) {
        double sum = 0;
        for (int t = 0; t < hs.size(); t++) sum += hs.get(t).hadamard(rs.get(t)).sum();
        return sum;
    }
}
