package nn.layers;

import nn.math.Matrix;
import nn.math.Rng;

/// Inverted dropout: in training, `y = x ⊙ m` where each `mᵢⱼ` is `0` with probability `p` and
/// `1/(1 − p)` otherwise, so the expected value of `y` is `x`; in evaluation `y = x`.
/// Taught in chapter 10.
///
/// A fresh mask is drawn from `rng` on every training forward pass; backward uses that mask.
public final class Dropout implements Layer {
    private final double p;
    private final Rng rng;
    private boolean training = true;
    private Matrix mask; // written by forward, read by backward (null in evaluation)

    public Dropout(double p, Rng rng) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException(
                    "dropout probability p must be in [0, 1) (the share dropped), got " + p);
        }
        this.p = p;
        this.rng = rng;
    }

    public double p() { return p; }

    // tag::dropout[]
    public Matrix forward(Matrix x) {
        if (!training) {
            mask = null;
            return x;
        }
        double keep = 1 - p;
        mask = x.map(ignored -> rng.uniform() < p ? 0 : 1 / keep); // mᵢⱼ ∈ {0, 1/(1−p)}
        return x.hadamard(mask);
    }

    public Matrix backward(Matrix gradOut) {
        return mask == null ? gradOut : gradOut.hadamard(mask); // dx = dy ⊙ m
    }
    // end::dropout[]

    public void setTraining(boolean training) { this.training = training; }

    public String describe() { return "Dropout(p = " + p + ")"; }
}
