package nn.optim;

import nn.layers.Parameter;

import java.util.List;

/// Clipping by global norm: with `‖g‖ = √(Σ over all parameters of Σ gᵢⱼ²)`, if `‖g‖ > maxNorm`
/// every gradient is scaled by `maxNorm / ‖g‖`, which keeps the direction and caps the length.
/// Taught in chapters 7 and 10.
public final class GradientClipping {
    private GradientClipping() {}

    // tag::clip-by-global-norm[]
    /// Scales all gradients in place so their global norm is at most `maxNorm`; returns the
    /// norm before clipping (useful to watch for exploding gradients).
    public static double clipByGlobalNorm(List<Parameter> parameters, double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("maxNorm must be > 0, got " + maxNorm);
        }
        double sumSquares = 0;
        for (Parameter p : parameters) {
            double n = p.grad().norm();
            sumSquares += n * n;
        }
        double norm = Math.sqrt(sumSquares);                          // ‖g‖
        if (norm > maxNorm) {
            for (Parameter p : parameters) p.grad().scaleInPlace(maxNorm / norm); // g ← g·c/‖g‖
        }
        return norm;
    }
    // end::clip-by-global-norm[]
}
