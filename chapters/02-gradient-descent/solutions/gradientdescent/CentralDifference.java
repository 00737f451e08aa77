package gradientdescent;

import java.util.function.DoubleUnaryOperator;

/// Exercise 2.3: the derivative of a function of one variable by central differences.
public final class CentralDifference {
    private CentralDifference() {}

    /// Returns `(f(x + h) − f(x − h)) / 2h`, an approximation of `f'(x)` whose error shrinks
    /// like `h²`. Throws an `IllegalArgumentException` unless `h > 0`.
    public static double derivative(DoubleUnaryOperator f, double x, double h) {
        if (!(h > 0)) throw new IllegalArgumentException("the step h must be positive, got " + h);
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }
}
