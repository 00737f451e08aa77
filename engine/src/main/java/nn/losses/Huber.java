package nn.losses;

import nn.math.Matrix;

/// The Huber loss: for each residual `r = ŷ − y`, `½r²` when `|r| ≤ δ` and `δ·(|r| − ½δ)`
/// beyond, summed over columns and averaged over the `n` rows. Taught in chapter 6.
///
/// Quadratic near the target (like MSE), linear far away (like MAE), with a continuous slope:
/// `∂L/∂ŷ = r/n` inside and `δ·sign(r)/n` outside, i.e. `r` clipped to `[−δ, δ]`, over `n`.
public record Huber(double delta) implements Loss {

    public Huber {
        if (!(delta > 0)) throw new IllegalArgumentException("Huber needs δ > 0, got " + delta);
    }

    // tag::huber[]
    public double value(Matrix yHat, Matrix y) {
        Loss.requireSameShape(yHat, y);
        return yHat.minus(y).map(this::huber).sum() / yHat.rows();
    }

    public Matrix gradient(Matrix yHat, Matrix y) {
        Loss.requireSameShape(yHat, y);
        Matrix r = yHat.minus(y);
        return r.map(v -> Math.clamp(v, -delta, delta)).scale(1.0 / yHat.rows()); // clip(r, δ)/n
    }

    private double huber(double r) {
        double abs = Math.abs(r);
        return abs <= delta ? 0.5 * r * r : delta * (abs - 0.5 * delta);
    }
    // end::huber[]

    public String name() { return "huber"; }
}
