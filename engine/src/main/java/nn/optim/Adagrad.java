package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/// Adagrad (Duchi et al., 2011): `s ← s + g²`, then `w ← w − η·g / (√s + ε)`, entry by entry;
/// the sum only grows, so every weight's step shrinks over time. Taught in chapter 7.
public final class Adagrad implements Optimizer {
    private double learningRate;
    private final double eps;
    private final Map<Parameter, Matrix> sumSquares = new IdentityHashMap<>(); // s per parameter

    /// `ε = 1e-8`.
    public Adagrad(double learningRate) {
        this(learningRate, 1e-8);
    }

    public Adagrad(double learningRate, double eps) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
        this.eps = Hyperparameters.epsilon(eps);
    }

    // tag::adagrad-step[]
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = p.grad();
            Matrix s = sumSquares.computeIfAbsent(p, State::zerosLike);
            s.accumulate(g.hadamard(g));                                   // s ← s + g²
            Matrix step = g.divide(s.map(v -> Math.sqrt(v) + eps));
            p.value().addInPlace(step, -learningRate);                     // w ← w − η·g/(√s + ε)
        }
    }
    // end::adagrad-step[]

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }
}
