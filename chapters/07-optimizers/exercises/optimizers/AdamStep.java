package optimizers;

/// Exercise 7.2: one step of Adam with bias correction, without changing the arrays passed in.
public final class AdamStep {
    private AdamStep() {}

    /// Adam's memory: the moments `m` and `v` and the number of steps `t` taken so far.
    public record State(double[] m, double[] v, int t) {
        /// The state before the first step: zero moments, `t = 0`.
        public static State initial(int size) {
            return new State(new double[size], new double[size], 0);
        }
    }

    /// The new weights and the new state.
    public record Result(double[] weights, State state) {}

    /// With `t' = t + 1`: `m' = β₁·m + (1 − β₁)·g`, `v' = β₂·v + (1 − β₂)·g²`,
    /// `m̂ = m'/(1 − β₁^t')`, `v̂ = v'/(1 − β₂^t')`, and `w' = w − η·m̂/(√v̂ + ε)`, entry by entry.
    /// Must not modify `weights`, `grad` or the arrays in `state`.
    public static Result step(double[] weights, double[] grad, State state, double learningRate,
                              double beta1, double beta2, double eps) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 7.2 not attempted yet");
    }
}
