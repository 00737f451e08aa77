package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.List;

/// SGD on `L + λ·Σ|w|` by proximal steps: the plain step `w ← w − η·∂L/∂w`, then the soft
/// threshold `w ← sign(w)·max(|w| − η·λ, 0)`, which sets every weight that the step leaves
/// within `η·λ` of zero to exactly 0. Taught in chapter 10, beside the subgradient step
/// `w ← w − η·(∂L/∂w + λ·sign(w))`, which only makes such weights hover around 0.
public final class ProximalL1 implements Optimizer {
    private double learningRate;
    private final double lambda;

    public ProximalL1(double learningRate, double lambda) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("L1 strength lambda must be >= 0, got " + lambda);
        }
        this.lambda = lambda;
    }

    // tag::proximal-step[]
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            p.value().addInPlace(p.grad(), -learningRate);       // w ← w − η·g
            softThreshold(p.value(), learningRate * lambda);      // w ← sign(w)·max(|w| − ηλ, 0)
        }
    }

    /// Moves every entry `t` towards 0, and to exactly 0 if it is closer than `t`.
    static void softThreshold(Matrix w, double t) {
        for (int i = 0; i < w.rows(); i++) {
            for (int j = 0; j < w.cols(); j++) {
                double v = w.get(i, j), shrunk = Math.abs(v) - t;
                w.set(i, j, shrunk > 0 ? Math.copySign(shrunk, v) : 0);
            }
        }
    }
    // end::proximal-step[]

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }
}
