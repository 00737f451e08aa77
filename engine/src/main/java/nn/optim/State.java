package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

/// Helpers for the per-parameter buffers of stateful optimizers.
final class State {
    private State() {}

    /// A zero buffer of the parameter's shape (velocities and moments start at 0).
    static Matrix zerosLike(Parameter p) {
        return Matrix.zeros(p.value().rows(), p.value().cols());
    }
}
