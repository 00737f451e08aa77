package activations;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "5.1", title = "Mish and its derivative", file = "activations/Mish.java", hints = {
        "apply: z * Math.tanh(Math.log1p(Math.exp(z))). For the derivative, write f = z·g(z) with "
                + "g(z) = tanh(softplus(z)); then f' = g + z·g'.",
        "g'(z) = (1 − tanh²(softplus(z)))·σ(z), because tanh' = 1 − tanh² and softplus' = σ. "
                + "So f'(z) = t + z·(1 − t²)·σ(z) with t = tanh(softplus(z))."})
class MishTest {
    private static final double H = 1e-5;

    /// The definition, written independently of the exercise.
    private static double mish(double z) {
        return z * Math.tanh(Math.log1p(Math.exp(z)));
    }

    // z from −5 to 5 in steps of 0.25; Mish is smooth everywhere, so every point is fair.
    private static double point(int k) {
        return -5 + 0.25 * k;
    }

    @Test
    void applyMatchesTheDefinition() {
        for (int k = 0; k <= 40; k++) {
            double z = point(k);
            Expect.near("Mish.apply(z=%s)".formatted(Expect.number(z)),
                    mish(z), Mish.apply(z), 1e-12);
        }
    }

    @Test
    void derivativeMatchesFiniteDifferences() {
        for (int k = 0; k <= 40; k++) {
            double z = point(k);
            double numeric = (mish(z + H) - mish(z - H)) / (2 * H);
            double analytic = Mish.derivative(z);
            double error = Math.abs(numeric - analytic)
                    / Math.max(1e-12, Math.abs(numeric) + Math.abs(analytic));
            if (!(error <= 1e-7)) {
                throw new AssertionError(("Mish.derivative(z=%s) returned %s, but the central "
                        + "difference (f(z+h) − f(z−h))/2h with h = 1e-5 is %.10f: relative error "
                        + "%.2e (tolerance 1e-7). "
                        + "This is the first wrong point from z = -5 upwards.")
                        .formatted(Expect.number(z), analytic, numeric, error));
            }
        }
    }

    @Test
    void staysFiniteForLargeInputs() {
        for (double z : new double[] {-30, 30}) {
            if (!Double.isFinite(Mish.apply(z)) || !Double.isFinite(Mish.derivative(z))) {
                throw new AssertionError(
                        "Mish at z = %s gave apply = %s, derivative = %s; both must be finite"
                                .formatted(Expect.number(z), Mish.apply(z), Mish.derivative(z)));
            }
        }
    }
}
