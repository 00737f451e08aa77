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
}
