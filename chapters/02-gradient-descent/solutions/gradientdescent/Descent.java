package gradientdescent;

import java.util.function.DoubleUnaryOperator;

/// Exercise 2.2: gradient descent on a function of one variable, keeping the whole path.
public final class Descent {
    private Descent() {}

    /// Runs `steps` steps of `x ← x − learningRate·f'(x)` from `x0`, where `derivative` computes
    /// `f'`. Returns the path `[x₀, x₁, ..., x_steps]`, an array of length `steps + 1`.
    public static double[] path(DoubleUnaryOperator derivative, double x0, double learningRate,
            int steps) {
        double[] path = new double[steps + 1];
        path[0] = x0;
        for (int t = 1; t <= steps; t++) {
            path[t] = path[t - 1] - learningRate * derivative.applyAsDouble(path[t - 1]);
        }
        return path;
    }
}
