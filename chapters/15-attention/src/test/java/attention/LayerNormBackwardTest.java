package attention;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

@Exercise(id = "15.4", title = "Layer-norm backward by hand",
        file = "attention/LayerNormBackward.java",
        hints = {
            "Every xⱼ reaches every yᵢ three ways: directly, through μ, and through σ². Write "
                    + "∂μ/∂xⱼ and ∂σ²/∂xⱼ first.",
            "∂μ/∂xⱼ = 1/d and ∂σ²/∂xⱼ = 2(xⱼ − μ)/d. Collect the three paths: two sums over the "
                    + "row appear, one of gradOut and one of gradOut ⊙ x̂.",
            "Check yourself before running: adding a constant to x leaves y unchanged, so your "
                    + "∂L/∂x must sum to 0 over the row."})
class LayerNormBackwardTest {
    private static final double EPS = 1e-5;

    private static double[] normalize(double[] x) {
        int d = x.length;
        double mean = Numeric.sum(x) / d, var = 0;
        for (double v : x) var += (v - mean) * (v - mean) / d;
        double[] y = new double[d];
        for (int j = 0; j < d; j++) y[j] = (x[j] - mean) / Math.sqrt(var + EPS);
        return y;
    }

    private static void check(double[] x, double[] gradOut) {
        double[] numeric = Numeric.gradient(x.clone(), v -> Numeric.dot(normalize(v), gradOut));
        double[] analytic = LayerNormBackward.gradIn(x, gradOut, EPS);
        Expect.gradient("LayerNormBackward.gradIn(x=%s, gradOut=%s)".formatted(
                        java.util.Arrays.toString(x), java.util.Arrays.toString(gradOut)),
                Matrix.row(numeric), Matrix.row(analytic == null ? new double[0] : analytic),
                1e-6);
    }

    @Test
    void aTinyVector() {
        check(new double[] {1, 2, 3}, new double[] {1, 0, 0});
    }

    @Test
    void aLongerRow() {
        check(new double[] {0.5, -2, 3, 1, 0}, new double[] {0.2, -1, 0.7, 2, -0.4});
    }

    @Test
    void aGradientAlongTheOutputIsRemoved() {
        // gradOut = x̂ only asks to stretch y, which normalization undoes: ∂L/∂x ≈ 0 (not
        // exactly: ε lets the scale of x through a little).
        double[] x = {1, 2, 3, 6};
        Expect.near("LayerNormBackward.gradIn(x=[1, 2, 3, 6], gradOut=x̂)", new double[4],
                LayerNormBackward.gradIn(x, normalize(x), EPS), 1e-5);
    }
}
