package activations;

import nn.activations.Activation;
import nn.activations.Activation.*;

/// Exercise 5.4: the range of every activation, the interval its outputs can come arbitrarily
/// close to as `z` runs over all real numbers.
public final class Ranges {
    private Ranges() {}

    /// Returns the infimum of `f(z)` over all real `z`: the lowest value `f` reaches or
    /// approaches (`Double.NEGATIVE_INFINITY` if unbounded below). Assume `α > 0` for leaky ReLU
    /// and ELU. For swish, GELU and GELU-tanh the lowest value is a true minimum at some
    /// `z < 0`: find it to within 1e-6, e.g. by bisection on `f'(z) = 0`.
    public static double lowest(Activation f) {
        // Your code here: a switch over the records, e.g. `case ELU(double alpha) -> ...`.
        throw new UnsupportedOperationException("exercise 5.4 not attempted yet");
    }

    /// Returns the supremum of `f(z)` over all real `z` (`Double.POSITIVE_INFINITY` if unbounded
    /// above).
    public static double highest(Activation f) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 5.4 not attempted yet");
    }
}
