package gradientdescent;

import java.util.function.DoubleUnaryOperator;

/// Exercise 2.2: gradient descent on a function of one variable, keeping the whole path.
public final class Descent {
    private Descent() {}

    /// Runs `steps` steps of `x ← x − learningRate·f'(x)` from `x0`, where `derivative` computes
    /// `f'`. Returns the path `[x₀, x₁, ..., x_steps]`, an array of length `steps + 1`.
    public static double[] path(DoubleUnaryOperator derivative, double x0, double learningRate,
            int steps) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 2.2 not attempted yet");
    }
}
