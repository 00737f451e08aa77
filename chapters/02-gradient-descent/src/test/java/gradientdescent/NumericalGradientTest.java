package gradientdescent;

import nn.check.Exercise;
import nn.check.Expect;
import nn.gradcheck.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.function.ToDoubleFunction;

import static nn.check.Expect.array;

@Exercise(id = "2.4", title = "A numerical gradient",
        file = "gradientdescent/NumericalGradient.java",
        hints = {
            "One central difference per entry: nudge only w[i] up by h, then down by h, and "
                    + "compare f.",
            "Save double original = w[i]; set w[i] = original + h and evaluate f; set "
                    + "w[i] = original − h and evaluate f; put w[i] = original back; store "
                    + "(plus − minus) / (2h)."})
class NumericalGradientTest {

    /// Compares the learner's numerical gradient with the analytic one, entry by entry, with
    /// the engine's relative error, and names the first entry that is off.
    private static void check(String what, ToDoubleFunction<double[]> f, double[] w,
            double[] analytic) {
        double[] before = w.clone();
        String call = "NumericalGradient.of(%s, w=%s, h=1e-5)".formatted(what, array(w));
        double[] numeric = NumericalGradient.of(f, w, 1e-5);
        Expect.near(call + " must leave w as it was; afterwards w", before, w, 0);
        if (numeric == null || numeric.length != analytic.length) {
            throw new AssertionError("%s should return %d numbers, one per entry of w"
                    .formatted(call, analytic.length));
        }
        var entries = new ArrayList<Report.Entry>();
        for (int i = 0; i < w.length; i++) {
            entries.add(new Report.Entry("w", 0, i, analytic[i], numeric[i]));
        }
        Report.Entry wrong = new Report(entries).firstWrong(1e-6);
        if (wrong != null) {
            throw new AssertionError(("%s: entry %d is %s but the true partial derivative is %s "
                    + "(relative error %.1e)").formatted(call, wrong.col(), wrong.numeric(),
                    wrong.analytic(), wrong.relativeError()));
        }
    }

    @Test
    void valleyGradient() {
        // f(x, y) = ½(x² + 10y²): ∇f = (x, 10y), at (−9, 2) that is (−9, 20).
        check("f = ½(x² + 10y²)", w -> 0.5 * (w[0] * w[0] + 10 * w[1] * w[1]), new double[] {-9, 2},
                new double[] {-9, 20});
    }

    @Test
    void mixedTermsAndThreeVariables() {
        // f = x·y + sin(z) + y²: ∂f/∂x = y, ∂f/∂y = x + 2y, ∂f/∂z = cos z.
        double[] w = {1.5, -0.5, 0.3};
        check("f = x·y + sin(z) + y²", v -> v[0] * v[1] + Math.sin(v[2]) + v[1] * v[1], w,
                new double[] {w[1], w[0] + 2 * w[1], Math.cos(w[2])});
    }
}
