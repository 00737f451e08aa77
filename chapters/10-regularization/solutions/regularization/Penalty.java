package regularization;

import nn.math.Matrix;

/// Exercise 10.3: the L2 and L1 penalties on a weight matrix and their gradients.
public final class Penalty {
    private Penalty() {}

    /// `(λ/2)·Σᵢⱼ wᵢⱼ²`.
    public static double l2(Matrix w, double lambda) {
        return lambda / 2 * w.hadamard(w).sum();
    }

    /// The gradient of `l2` with respect to `w`, same shape as `w`.
    public static Matrix l2Gradient(Matrix w, double lambda) {
        return w.scale(lambda); // ∂/∂w (λ/2)w² = λw
    }

    /// `λ·Σᵢⱼ |wᵢⱼ|`.
    public static double l1(Matrix w, double lambda) {
        return lambda * w.map(Math::abs).sum();
    }

    /// The gradient of `l1` with respect to `w` (use 0 where `wᵢⱼ = 0`).
    public static Matrix l1Gradient(Matrix w, double lambda) {
        return w.map(v -> lambda * Math.signum(v)); // ∂/∂w λ|w| = λ·sign(w)
    }
}
