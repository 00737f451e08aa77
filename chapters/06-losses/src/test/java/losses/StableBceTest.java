package losses;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "6.3", title = "Binary cross-entropy from logits", file = "losses/StableBce.java",
        hints = {
            "Use ln σ(z) = −ln(1 + e^(−z)) and ln(1 − σ(z)) = −z − ln(1 + e^(−z)); the loss "
                    + "becomes z − z·y + ln(1 + e^(−z)). For z < 0, e^(−z) overflows: write it "
                    + "with |z| instead.",
            "value: Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z))). gradient: "
                    + "σ(z) − y, with σ computed as 1/(1 + e^(−z)) for z ≥ 0 and e^z/(1 + e^z) "
                    + "for z < 0."})
class StableBceTest {

    /// The definition, computed directly (fine for moderate z).
    private static double definition(double z, double y) {
        double s = 1 / (1 + Math.exp(-z));
        return -(y * Math.log(s) + (1 - y) * Math.log(1 - s));
    }

    /// How a failure names the call, e.g. `StableBce.value(z=2, y=0.3)`.
    private static String call(String method, double z, double y) {
        return "StableBce.%s(z=%s, y=%s)".formatted(method, Expect.number(z), Expect.number(y));
    }

    @Test
    void matchesTheDefinitionForModerateScores() {
        for (double y : new double[] {0, 0.3, 1}) {
            for (double z = -6; z <= 6; z += 0.75) {
                Expect.near(call("value", z, y), definition(z, y), StableBce.value(z, y), 1e-12);
            }
        }
    }

    @Test
    void staysFiniteAtExtremeScores() {
        // By hand: a confident right answer costs 0; a confident wrong one costs |z|.
        double[][] cases = {{1000, 1, 0}, {-1000, 0, 0}, {1000, 0, 1000}, {-1000, 1, 1000}};
        for (double[] c : cases) {
            String call = call("value", c[0], c[1]);
            double v = StableBce.value(c[0], c[1]);
            if (Double.isInfinite(v)) {
                throw new AssertionError(call + " returned " + v + ": e^1000 overflows, or σ(z) "
                        + "rounded to 0 or 1 before a logarithm. "
                        + "Use max(z, 0) − z·y + ln(1 + e^(−|z|)).");
            }
            Expect.near(call, c[2], v, 1e-9);
        }
    }

    @Test
    void gradientIsSigmoidMinusTarget() {
        for (double y : new double[] {0, 0.3, 1}) {
            for (double z = -6; z <= 6; z += 0.75) {
                double numeric = (definition(z + 1e-5, y) - definition(z - 1e-5, y)) / 2e-5;
                Expect.near(call("gradient", z, y)
                        + " (compared with central differences of the loss)", numeric,
                        StableBce.gradient(z, y), 1e-7);
            }
        }
        Expect.near("StableBce.gradient(z=1000, y=0)", 1, StableBce.gradient(1000, 0), 1e-12);
        Expect.near("StableBce.gradient(z=-1000, y=0)", 0, StableBce.gradient(-1000, 0), 1e-12);
        Expect.near("StableBce.gradient(z=-1000, y=1)", -1, StableBce.gradient(-1000, 1), 1e-12);
    }
}
