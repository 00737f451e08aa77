package regularization;

import nn.math.Matrix;

/// Exercise 10.3: the L2 and L1 penalties on a weight matrix and their gradients.
public final class Penalty {
    private Penalty() {}

    /// `(λ/2)·Σᵢⱼ wᵢⱼ²`.
    public static double l2(Matrix w, double lambda) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 10.3 not attempted yet");
    }

    /// The gradient of `l2` with respect to `w`, same shape as `w`.
    public static Matrix l2Gradient(Matrix w, double lambda) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 10.3 not attempted yet");
    }

    /// `λ·Σᵢⱼ |wᵢⱼ|`.
    public static double l1(Matrix w, double lambda) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 10.3 not attempted yet");
    }

    /// The gradient of `l1` with respect to `w` (use 0 where `wᵢⱼ = 0`).
    public static Matrix l1Gradient(Matrix w, double lambda) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 10.3 not attempted yet");
    }

    /// Your prediction, worked out by hand: the weights `(0.5, −0.05, 0.02, −2)` take one step
    /// on the L1 penalty alone (the loss's gradient is 0) with `η = 0.1` and `λ = 1`. How many
    /// of them are exactly 0 after a subgradient step, `w − η·λ·sign(w)`, and how many after a
    /// proximal step (the soft threshold)? Return `{subgradient zeros, proximal zeros}`.
    public static int[] predictedExactZeros() {
        // Your prediction here, e.g. return new int[] {1, 1};
        throw new UnsupportedOperationException("exercise 10.3 not attempted yet");
    }
}
