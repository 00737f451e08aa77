package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/// Nesterov momentum: `v ← β·v + ∂L/∂w`, then `w ← w − η·(∂L/∂w + β·v)`; the step looks ahead
/// along the velocity. Taught in chapter 7. (PyTorch's form of Sutskever et al., 2013.)
public final class Nesterov implements Optimizer {
    private double learningRate;
    private final double beta;
    private final Map<Parameter, Matrix> velocity = new IdentityHashMap<>(); // one v per parameter

    /// `β = 0.9`.
    public Nesterov(double learningRate) {
        this(learningRate, 0.9);
    }

    public Nesterov(double learningRate, double beta) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
        this.beta = Hyperparameters.decay("beta", beta);
    }

    // tag::nesterov-step[]
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix v = velocity.computeIfAbsent(p, State::zerosLike);
            v.scaleInPlace(beta);
            v.accumulate(p.grad());                              // v ← β·v + g
            p.value().addInPlace(p.grad(), -learningRate);       // w ← w − η·g
            p.value().addInPlace(v, -learningRate * beta);       //       − η·β·v
        }
    }
    // end::nesterov-step[]

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }
}
