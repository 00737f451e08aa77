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
        // Your code here.
        throw new UnsupportedOperationException("exercise 7.1 not attempted yet");
    }

    /// Your prediction, worked out by hand before you run anything: on `f(w) = w²` (`g = 2w`)
    /// from `w = 1`, `v = 0`, with `η = 0.1` and `β = 0.9`, after which step is `w` negative
    /// for the first time, the ball having rolled past the minimum at 0?
    public static int predictedFirstOvershoot() {
        // Your prediction here, e.g. return 7;
        throw new UnsupportedOperationException("exercise 7.1 not attempted yet");
    }
}
