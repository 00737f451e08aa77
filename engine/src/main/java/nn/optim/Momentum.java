package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/// Polyak's heavy-ball momentum: `v ← β·v + ∂L/∂w`, then `w ← w − η·v`. The velocity `v`
/// remembers past gradients, so steps grow along a steady slope and oscillations across a
/// valley cancel. Taught in chapter 7. (This is PyTorch's form; with a constant `η` it equals
/// the textbook `v ← β·v − η·g`, `w ← w + v`.)
public final class Momentum implements Optimizer {
    private double learningRate;
    private final double beta;
    private final Map<Parameter, Matrix> velocity = new IdentityHashMap<>(); // one v per parameter

    /// `β = 0.9`.
    public Momentum(double learningRate) {
        this(learningRate, 0.9);
    }

    public Momentum(double learningRate, double beta) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
        this.beta = Hyperparameters.decay("beta", beta);
    }

    // tag::momentum-step[]
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix v = velocity.computeIfAbsent(p, State::zerosLike);
            v.scaleInPlace(beta);
            v.accumulate(p.grad());                   // v ← β·v + g
            p.value().addInPlace(v, -learningRate);   // w ← w − η·v
        }
    }
    // end::momentum-step[]

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }
}
