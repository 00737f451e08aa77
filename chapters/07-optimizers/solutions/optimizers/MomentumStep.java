package optimizers;

/// Exercise 7.1: one step of Polyak momentum, without changing the arrays passed in.
public final class MomentumStep {
    private MomentumStep() {}

    /// The weights and velocity after one step.
    public record State(double[] weights, double[] velocity) {}

    /// Returns `v' = β·v + g` and `w' = w − η·v'` (entry by entry). Must not modify `weights`,
    /// `velocity` or `grad`.
    public static State step(double[] weights, double[] velocity, double[] grad,
                             double learningRate, double beta) {
        double[] v = velocity.clone();
        double[] w = weights.clone();
        for (int i = 0; i < w.length; i++) {
            v[i] = beta * v[i] + grad[i];
            w[i] -= learningRate * v[i];
        }
        return new State(w, v);
    }

    /// Your prediction, worked out by hand before you run anything: on `f(w) = w²` (`g = 2w`)
    /// from `w = 1`, `v = 0`, with `η = 0.1` and `β = 0.9`, after which step is `w` negative
    /// for the first time, the ball having rolled past the minimum at 0?
    public static int predictedFirstOvershoot() {
        // v₁ = 2, w₁ = 0.8; v₂ = 3.4, w₂ = 0.46; v₃ = 3.98, w₃ = 0.062; v₄ = 3.706, w₄ ≈ −0.309
        return 4;
    }
}
