package backprop;

import nn.check.Exercise;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static backprop.Likely.sigmoid;

@Exercise(id = "4.1", title = "The output layer's error", file = "backprop/OutputDelta.java",
        hints = {
            "Two factors: how the cost changes with a (a − y) and how a changes with z (σ'(z)).",
            "sigmoid.apply(z).minus(y).hadamard(sigmoid.derivative(z))"})
class OutputDeltaTest {

    private static void check(Matrix z, Matrix y, Matrix expected) {
        String call = "OutputDelta.outputDelta(z = %s, y = %s)".formatted(z.format("%.10f"), y);
        Matrix delta = OutputDelta.outputDelta(z, y);
        if (delta == null) throw new AssertionError(call + " returned null");
        double error = delta.minus(expected).map(Math::abs).max();
        if (Likely.same(delta, expected) && error < 1e-12) return;
        Matrix a = z.map(Likely::sigmoid);
        Matrix slope = z.map(v -> sigmoid(v) * (1 - sigmoid(v)));
        Map<String, Matrix> mistakes = new LinkedHashMap<>();
        mistakes.put("you returned a − y without the factor σ'(z).", a.minus(y));
        mistakes.put("the sign: ∇ₐC is a − y, not y − a.", y.minus(a).hadamard(slope));
        mistakes.put("σ(z) instead of σ'(z) = σ(z)(1 − σ(z)).", a.minus(y).hadamard(a));
        mistakes.put("σ' evaluated at a instead of at z.",
                a.minus(y).hadamard(a.map(v -> sigmoid(v) * (1 - sigmoid(v)))));
        mistakes.put("z(1 − z) instead of σ(z)(1 − σ(z)).",
                a.minus(y).hadamard(z.map(v -> v * (1 - v))));
        throw new AssertionError("%s returned %s but should return %s (tolerance 1e-12).%s"
                .formatted(call, delta.format("%.10f"), expected.format("%.10f"),
                        Likely.cause(delta, mistakes)));
    }

    @Test
    void matchesTheWorkedExample() {
        // z2 and δ2 of the 2-3-1 example, computed independently with 30-digit decimals.
        check(Matrix.row(1.0200845865037873884), Matrix.row(0.5),
                Matrix.row(0.045771203712847156885));
    }

    @Test
    void worksEntryByEntryOnABatch() {
        Matrix z = Matrix.of(new double[] {-2, 0.5}, new double[] {1, 3});
        Matrix y = Matrix.of(new double[] {0, 1}, new double[] {1, 0});
        // Expected from the definition with Math.exp: (σ(z) − y)·σ(z)(1 − σ(z)), entry by entry.
        Matrix expected = Matrix.zeros(2, 2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double s = sigmoid(z.get(i, j));
                expected.set(i, j, (s - y.get(i, j)) * s * (1 - s));
            }
        }
        check(z, y, expected);
    }
}
