package backprop;

import nn.check.Exercise;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

@Exercise(id = "4.3", title = "Backward through a dense layer", file = "backprop/DenseLayer.java",
        hints = {
            "Check the shapes: dW must be in × out, so it is xᵀ (in × n) times gradOut (n × out).",
            "weights.grad().accumulate(x.transpose().times(gradOut)); "
                    + "bias.grad().accumulate(gradOut.columnSums()); return "
                    + "gradOut.times(weights.value().transpose());"})
class DenseLayerTest {
    private static final int N = 4, IN = 3, OUT = 2;

    private static DenseLayer layer(Rng rng) {
        return new DenseLayer(Matrix.gaussian(IN, OUT, 1, rng), Matrix.gaussian(1, OUT, 1, rng));
    }

    @Test
    void backwardPassesAGradientCheck() {
        var rng = new Rng(7);
        DenseLayer layer = layer(rng);
        Matrix x = Matrix.gaussian(N, IN, 1, rng);
        Report report;
        try {
            report = GradientCheck.layer(layer, x, rng);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(("DenseLayer.backward (x %d×%d, W %d×%d, gradOut %d×%d) "
                    + "threw \"%s\". A shape error in a backward pass is almost always a missing "
                    + "or extra transpose: dW = xᵀ·gradOut is (%d×%d)·(%d×%d), "
                    + "dx = gradOut·Wᵀ is (%d×%d)·(%d×%d).")
                    .formatted(N, IN, IN, OUT, N, OUT, e.getMessage(),
                            IN, N, N, OUT, N, OUT, OUT, IN));
        }
        if (report.passed(1e-7)) return;
        var e = report.firstWrong(1e-7);
        throw new AssertionError(("gradient check of DenseLayer.backward (x %d×%d, W %d×%d): "
                + "entry %s[%d][%d] is %.10f in your backward pass, but finite differences give "
                + "%.10f (relative error %.1e, tolerance 1e-7).%s")
                .formatted(N, IN, IN, OUT, e.name(), e.row(), e.col(), e.analytic(),
                        e.numeric(), e.relativeError(), diagnose(e.name())));
    }

    /// Runs backward once with a known gradOut and compares with the usual mistakes.
    private static String diagnose(String name) {
        var rng = new Rng(8);
        DenseLayer layer = layer(rng);
        Matrix x = Matrix.gaussian(N, IN, 1, rng), gradOut = Matrix.gaussian(N, OUT, 1, rng);
        layer.forward(x);
        Matrix gradIn = layer.backward(gradOut);
        Matrix dW = x.transpose().times(gradOut), db = gradOut.columnSums();
        Map<String, Matrix> mistakes = new LinkedHashMap<>();
        Matrix actual = switch (name) {
            case "W" -> {
                mistakes.put("∂L/∂W is missing: add it to weights().grad() with accumulate.",
                        Matrix.zeros(IN, OUT));
                mistakes.put("you divided by n; the 1/n belongs to the cost, not to the layer.",
                        dW.scale(1.0 / N));
                yield layer.weights().grad();
            }
            case "b" -> {
                mistakes.put("∂L/∂b is missing: add gradOut.columnSums() to bias().grad().",
                        Matrix.zeros(1, OUT));
                mistakes.put("you used only the first example; ∂L/∂b sums gradOut over all rows.",
                        gradOut.row(0));
                mistakes.put(
                        "you averaged; the layer sums over the rows (the 1/n belongs to the cost).",
                        db.scale(1.0 / N));
                yield layer.bias().grad();
            }
            default -> {
                mistakes.put("you returned gradOut itself; ∂L/∂x = gradOut·Wᵀ.", gradOut);
                yield gradIn;
            }
        };
        return Likely.cause(actual, mistakes);
    }

    @Test
    void gradientsAccumulateOverCalls() {
        var rng = new Rng(9);
        DenseLayer layer = layer(rng);
        Matrix x = Matrix.gaussian(N, IN, 1, rng), gradOut = Matrix.gaussian(N, OUT, 1, rng);
        layer.forward(x);
        layer.backward(gradOut);
        Matrix once = layer.weights().grad().copy();
        layer.forward(x);
        layer.backward(gradOut);
        if (!Likely.same(layer.weights().grad(), once.scale(2))) {
            throw new AssertionError("after two identical forward/backward calls, "
                    + "weights().grad() should be twice its value after one call ("
                    + once.scale(2) + ") but is " + layer.weights().grad() + ". Add with "
                    + "accumulate (+=) instead of overwriting: gradients of several calls add up.");
        }
    }
}
