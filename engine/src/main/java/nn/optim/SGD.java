package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.List;

/// Stochastic gradient descent `w ← w − η·(∂L/∂w + λ·w)`, where `λ ≥ 0` is the optional L2
/// weight decay (`λ = 0`: plain SGD). Taught in chapter 2; weight decay in chapter 10.
public final class SGD implements Optimizer {
    private double learningRate;
    private final double weightDecay;

    public SGD(double learningRate) {
        this(learningRate, 0);
    }

    public SGD(double learningRate, double weightDecay) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
        this.weightDecay = Hyperparameters.weightDecay(weightDecay);
    }

    // tag::sgd-step[]
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            Matrix g = WeightDecay.l2(p, weightDecay); // g = ∂L/∂w + λ·w
            p.value().addInPlace(g, -learningRate);    // w ← w − η·g
        }
    }
    // end::sgd-step[]

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }
}
