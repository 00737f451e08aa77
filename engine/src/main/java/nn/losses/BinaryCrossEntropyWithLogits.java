package nn.losses;

import nn.activations.Activation;
import nn.math.Matrix;

/// Binary cross-entropy on logits: `BCE(σ(z), y)` computed from the scores `z` directly as
/// `max(z, 0) − z·y + ln(1 + e^(−|z|))`, summed over columns and averaged over the `n` rows;
/// `∂L/∂z = (σ(z) − y)/n`. Taught in chapter 6.
///
/// This form never takes the logarithm of 0 and never overflows, even at `z = ±1000`, and its
/// gradient is simpler than sigmoid and BCE chained. Targets `y` must lie in `[0, 1]`.
public record BinaryCrossEntropyWithLogits() implements Loss {

    // tag::bce-with-logits[]
    public double value(Matrix z, Matrix y) {
        check(z, y);
        Matrix losses = z.zip(y, "bce with logits",
                (s, t) -> Math.max(s, 0) - s * t + Math.log1p(Math.exp(-Math.abs(s))));
        return losses.sum() / z.rows();
    }

    public Matrix gradient(Matrix z, Matrix y) {
        check(z, y);
        return new Activation.Sigmoid().apply(z).minus(y).scale(1.0 / z.rows()); // (σ(z) − y)/n
    }
    // end::bce-with-logits[]

    private static void check(Matrix z, Matrix y) {
        Loss.requireSameShape(z, y);
        Loss.requireProbabilityTargets(y, "binary cross-entropy with logits");
    }

    public String name() { return "bce-logits"; }
}
