package recurrent;

/// Exercise 14.1: one step of backpropagation through time in a plain RNN, written with plain
/// arrays for one example.
public final class BpttStep {
    private BpttStep() {}

    /// Returns `∂L/∂hₜ₋₁` from `gradH = ∂L/∂hₜ`, the state `h = hₜ` of the forward pass (so
    /// `hₜ = tanh(zₜ)`) and the recurrent weights `whh` (`hidden × hidden`, entry `[l][j]`
    /// from unit `l` of `hₜ₋₁` to unit `j` of `hₜ`). Must not modify its arguments.
    public static double[] previousStateGradient(double[] gradH, double[] h, double[][] whh) {
        double[] delta = new double[h.length];
        for (int j = 0; j < h.length; j++) delta[j] = gradH[j] * (1 - h[j] * h[j]); // δₜ
        double[] gradPrevious = new double[whh.length];
        for (int l = 0; l < whh.length; l++) {
            for (int j = 0; j < h.length; j++) gradPrevious[l] += delta[j] * whh[l][j]; // δₜ·W_hhᵀ
        }
        return gradPrevious;
    }
}
