package recurrent;

/// Exercise 14.1: one step of backpropagation through time in a plain RNN, written with plain
/// arrays for one example.
public final class BpttStep {
    private BpttStep() {}

    /// Returns `∂L/∂hₜ₋₁` from `gradH = ∂L/∂hₜ`, the state `h = hₜ` of the forward pass (so
    /// `hₜ = tanh(zₜ)`) and the recurrent weights `whh` (`hidden × hidden`, entry `[l][j]`
    /// from unit `l` of `hₜ₋₁` to unit `j` of `hₜ`). Must not modify its arguments.
    public static double[] previousStateGradient(double[] gradH, double[] h, double[][] whh) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 14.1 not attempted yet");
    }
}
