package backprop;

import nn.check.Exercise;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

@Exercise(id = "4.2", title = "Backward through a sigmoid layer",
        file = "backprop/SigmoidLayer.java",
        hints = {
            "The chain rule: ∂L/∂z = ∂L/∂a ⊙ σ'(z), entry by entry, and σ'(z) = a(1 − a) "
                    + "for a = σ(z).",
            "return gradOut.hadamard(a.map(s -> s * (1 - s)));"})
class SigmoidLayerTest {

    @Test
    void backwardPassesAGradientCheck() {
        var rng = new Rng(42);
        Matrix z = Matrix.gaussian(4, 3, 1.5, rng);
        var layer = new SigmoidLayer();
        Report report = GradientCheck.layer(layer, z, rng);
        if (report.passed(1e-7)) return;

        var e = report.firstWrong(1e-7);
        // Run once more with a known gradOut to name the mistake.
        Matrix a = layer.forward(z);
        Matrix gradOut = Matrix.gaussian(4, 3, 1, rng);
        Matrix gradIn = layer.backward(gradOut);
        Map<String, Matrix> mistakes = new LinkedHashMap<>();
        mistakes.put("you returned gradOut unchanged; multiply it by σ'(z) = a(1 − a).", gradOut);
        mistakes.put("you returned σ'(z) alone; the chain rule multiplies it by gradOut.",
                a.map(s -> s * (1 - s)));
        mistakes.put("gradOut ⊙ a uses σ(z) instead of its slope σ'(z) = a(1 − a).",
                gradOut.hadamard(a));
        mistakes.put("you applied s(1 − s) to z itself; it must be applied to a = σ(z).",
                gradOut.hadamard(z.map(s -> s * (1 - s))));
        throw new AssertionError(("gradient check of SigmoidLayer.backward on a 4×3 batch: "
                + "entry %s[%d][%d] of ∂L/∂z is %.10f in your backward pass, but finite "
                + "differences give %.10f "
                + "(relative error %.1e, tolerance 1e-7).%s")
                .formatted(e.name(), e.row(), e.col(), e.analytic(), e.numeric(), e.relativeError(),
                        Likely.cause(gradIn, mistakes)));
    }
}
