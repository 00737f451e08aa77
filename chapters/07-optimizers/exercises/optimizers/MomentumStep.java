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
}
