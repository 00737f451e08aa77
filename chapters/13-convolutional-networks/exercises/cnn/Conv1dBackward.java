package cnn;

/// Exercise 13.2: the backward pass of a 1-D valid cross-correlation
/// `y[n] = Σₘ x[n+m]·k[m]`, `n = 0 … |x|−K`. Given `gradOut[n] = ∂L/∂y[n]`, return the
/// gradients with respect to the input and to the kernel.
public final class Conv1dBackward {
    private Conv1dBackward() {}

    /// `∂L/∂x[p] = Σₘ gradOut[p−m]·k[m]` over the `m` with `0 ≤ p−m < |gradOut|`:
    /// `|gradOut| + K − 1` values, one per input.
    public static double[] gradInput(double[] gradOut, double[] kernel) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 13.2 not attempted yet");
    }

    /// `∂L/∂k[m] = Σₙ gradOut[n]·x[n+m]`: `|x| − |gradOut| + 1` values, one per kernel entry.
    /// Throws an `IllegalArgumentException` if `gradOut` is longer than `x`.
    public static double[] gradKernel(double[] x, double[] gradOut) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 13.2 not attempted yet");
    }
}
