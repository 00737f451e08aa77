package nn.optim;

import nn.layers.Parameter;

import java.util.List;

/// Updates parameters in place from their gradients, e.g. SGD's `w ← w − η·∂L/∂w`.
/// Taught in chapters 2 and 7. Stateful optimizers (momentum, Adam) keep one buffer per
/// parameter, keyed by the parameter object.
public interface Optimizer {

    /// One update of every parameter from its current `grad`.
    void step(List<Parameter> parameters);

    /// The step size `η` used by the next `step`.
    double learningRate();

    /// Changes `η` (a learning-rate schedule calls this once per epoch); must be > 0.
    void setLearningRate(double learningRate);

    /// Sets every gradient to zero (call before each batch's backward pass).
    default void zeroGrad(List<Parameter> parameters) {
        parameters.forEach(Parameter::zeroGrad);
    }
}
