package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/// RMSprop (Hinton, 2012): `s ← ρ·s + (1 − ρ)·g²`, then `w ← w − η·g / (√s + ε)`, entry by
/// entry; each weight's step is divided by a running average of its recent gradient size.
/// Taught in chapter 7.
public final class RMSprop implements Optimizer {
    private double learningRate;
    private final double rho;
    private final double eps;
    private final Map<Parameter, Matrix> meanSquare = new IdentityHashMap<>(); // s per parameter

    /// `ρ = 0.9`, `ε = 1e-8`.
    public RMSprop(double learningRate) {
        this(learningRate, 0.9, 1e-8);
    }

    public RMSprop(double learningRate, double rho, double eps) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
        this.rho = Hyperparameters.decay("rho", rho);
        this.eps = Hyperparameters.epsilon(eps);
    }

    // tag::rmsprop-step[]
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = p.grad();
            Matrix s = meanSquare.computeIfAbsent(p, State::zerosLike);
            s.scaleInPlace(rho);
            s.addInPlace(g.hadamard(g), 1 - rho);                          // s ← ρ·s + (1 − ρ)·g²
            Matrix step = g.divide(s.map(v -> Math.sqrt(v) + eps));
            p.value().addInPlace(step, -learningRate);                     // w ← w − η·g/(√s + ε)
        }
    }
    // end::rmsprop-step[]

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }
}
