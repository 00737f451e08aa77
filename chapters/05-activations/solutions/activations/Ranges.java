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
        return switch (f) {
            case Identity i -> Double.NEGATIVE_INFINITY;
            case Step s -> 0;
            case Sigmoid s -> 0;
            case Tanh t -> -1;
            case ReLU r -> 0;
            case LeakyReLU l -> Double.NEGATIVE_INFINITY;
            case ELU(double alpha) -> -alpha;
            case Swish s -> minimum(s);
            case GELU g -> minimum(g);
            case GELUTanh g -> minimum(g);
            case Softplus s -> 0;
        };
    }

    /// Returns the supremum of `f(z)` over all real `z` (`Double.POSITIVE_INFINITY` if unbounded
    /// above).
    public static double highest(Activation f) {
        return switch (f) {
            case Step s -> 1;
            case Sigmoid s -> 1;
            case Tanh t -> 1;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /// `f` at the root of `f'` in [−5, 0], where `f'(−5) < 0 < f'(0)`, by bisection.
    private static double minimum(Activation f) {
        double low = -5;
        double high = 0;
        for (int step = 0; step < 100; step++) {
            double middle = (low + high) / 2;
            if (f.derivative(middle) < 0) low = middle;
            else high = middle;
        }
        return f.apply((low + high) / 2);
    }
}
