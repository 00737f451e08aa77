package optimizers;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "7.2", title = "Adam's first steps", file = "optimizers/AdamStep.java",
        hints = {
            "Count the step first (t = state.t() + 1), update m and v, then divide them by 1 − β₁ᵗ "
                    + "and 1 − β₂ᵗ.",
            "Per entry: m = β₁m + (1−β₁)g; v = β₂v + (1−β₂)g²; mHat = m/(1−Math.pow(β₁,t)); "
                    + "vHat = v/(1−Math.pow(β₂,t)); w −= η·mHat/(Math.sqrt(vHat) + ε). Work on "
                    + "copies."})
class AdamStepTest {
    static final double B1 = 0.9, B2 = 0.999, EPS = 1e-8;

    private static AdamStep.Result step(double[] w, double[] g, AdamStep.State state, double eta) {
        var result = AdamStep.step(w, g, state, eta, B1, B2, EPS);
        if (result == null || result.weights() == null || result.state() == null) {
            throw new AssertionError("AdamStep.step returned null (or a result with null parts)");
        }
        return result;
    }

    @Test
    void firstStepOnWSquared() {
        firstStep();
    }

    /// The first step, checked against the values worked by hand; returns it.
    private static AdamStep.Result firstStep() {
        // w = 1, g = 2w = 2, η = 0.1: m₁ = 0.1·2 = 0.2, v₁ = 0.001·4 = 0.004, t = 1,
        // m̂ = 0.2/0.1 = 2, v̂ = 0.004/0.001 = 4, w₁ = 1 − 0.1·2/(2 + 1e-8) ≈ 0.9.
        var r = step(new double[] {1}, new double[] {2}, AdamStep.State.initial(1), 0.1);
        String call = "AdamStep.step(w=[1], g=[2], initial state, η=0.1) first step:";
        Expect.near(call + " m", new double[] {0.2}, r.state().m(), 1e-12);
        Expect.near(call + " v", new double[] {0.004}, r.state().v(), 1e-12);
        Expect.equal(call + " t", 1, r.state().t());
        double w = r.weights()[0];
        if (Math.abs(w - (1 - 0.1 * 0.2 / Math.sqrt(0.004))) < 1e-6) {
            throw new AssertionError(call + " new weight is " + w + ", which is 1 − η·m/√v "
                    + "without the bias correction; it should be 0.9 (divide m by 1 − β₁ᵗ and v "
                    + "by 1 − β₂ᵗ)");
        }
        Expect.near(call + " new weight", 1 - 0.1 * 2 / (2 + EPS), w, 1e-12);
        return r;
    }

    @Test
    void secondStepOnWSquared() {
        var first = firstStep();
        double w1 = first.weights()[0], g2 = 2 * w1; // ≈ 1.8
        var second = step(first.weights(), new double[] {g2}, first.state(), 0.1);
        // By the definition, with t = 2: 1 − β₁² = 0.19 and 1 − β₂² = 0.001999.
        double m2 = 0.9 * 0.2 + 0.1 * g2, v2 = 0.999 * 0.004 + 0.001 * g2 * g2;
        double w2 = w1 - 0.1 * (m2 / 0.19) / (Math.sqrt(v2 / 0.001999) + EPS); // ≈ 0.8004
        String call = "AdamStep.step second step (t = 2) on f(w) = w² from w = 1, η = 0.1:";
        Expect.near(call + " m", new double[] {m2}, second.state().m(), 1e-12);
        Expect.near(call + " v", new double[] {v2}, second.state().v(), 1e-12);
        Expect.equal(call + " t", 2, second.state().t());
        Expect.near(call + " new weight", w2, second.weights()[0], 1e-12);
    }

    @Test
    void aConstantGradientGivesStepsOfLengthEta() {
        // With g constant, m̂ = g and v̂ = g² at every t, so each step is η·g/(|g| + ε) ≈ η.
        double[] w = {0, 0};
        var state = AdamStep.State.initial(2);
        for (int t = 1; t <= 10; t++) {
            var r = step(w, new double[] {0.5, -3}, state, 0.01);
            double[] want = {w[0] - 0.01, w[1] + 0.01};
            Expect.near("AdamStep.step with constant g = [0.5, -3], η = 0.01, step " + t
                    + ": the weights (each step should have length η)", want, r.weights(), 1e-9);
            w = r.weights();
            state = r.state();
        }
    }

    @Test
    void leavesItsInputsAlone() {
        double[] w = {1, 2}, g = {0.5, -0.5}, m = {0.1, 0.2}, v = {0.01, 0.02};
        step(w, g, new AdamStep.State(m, v, 3), 0.1);
        String mustNot = "AdamStep.step must not modify the ";
        Expect.near(mustNot + "weights array; it", new double[] {1, 2}, w, 0);
        Expect.near(mustNot + "gradient array; it", new double[] {0.5, -0.5}, g, 0);
        Expect.near(mustNot + "state's m array; it", new double[] {0.1, 0.2}, m, 0);
        Expect.near(mustNot + "state's v array; it", new double[] {0.01, 0.02}, v, 0);
    }
}
