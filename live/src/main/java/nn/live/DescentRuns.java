package nn.live;

import nn.optim.Descent;
import nn.optim.SGD;

/// Chapter 2: gradient descent `w ← w − η·∇f(w)` run by the engine's `SGD` through
/// `Descent.path`, on the chapter's two functions: `f(x) = x²` (`DescendParabola`,
/// `TryLearningRates`) and the valley `½(x² + κy²)` (`DescendNarrowValley`). The live figures
/// and their checks both call these, so the page and the JVM run the same code.
final class DescentRuns {
    private DescentRuns() {}

    static double parabola(double x) {
        return x * x;      // f(x) = x²
    }

    static double slope(double x) {
        return 2 * x;      // f'(x) = 2x
    }

    /// The points `x₀, x₁, …` of `steps` steps on `x²`; fewer if a point overflows.
    static double[][] onParabola(double x0, double learningRate, int steps) {
        return Descent.path(new SGD(learningRate), new double[] {x0},
                w -> new double[] {slope(w[0])}, steps);
    }

    /// The points `(x, y)` of `steps` steps in the valley; fewer if a point overflows.
    static double[][] inValley(double[] start, double kappa, double learningRate, int steps) {
        return Descent.path(new SGD(learningRate), start, new Surface.Valley(kappa)::gradient,
                steps);
    }

    /// `DescendParabola`'s table: step, `x`, `f(x)` and `f'(x)` for steps 0–5, 10, 15 and 20
    /// from `x = 5` with `η = 0.1`; the script prints them to six decimals.
    static String parabolaCheck() {
        double[][] path = onParabola(5.0, 0.1, 20);
        var out = new StringBuilder();
        for (int step = 0; step <= 20; step++) {
            if (step > 5 && step % 5 != 0) continue;
            double x = path[step][0];
            if (out.length() > 0) out.append("; ");
            out.append(step + " " + x + " " + parabola(x) + " " + slope(x));
        }
        return out.toString();
    }

    /// `DescendNarrowValley`'s two paths: `(x, y)` and `f` after 30 steps from `(−9, 2)` with
    /// `κ = 10` and `η = 0.05`, then `η = 0.18` (printed to 4 and 6 decimals).
    static String valleyCheck() {
        var valley = new Surface.Valley(10);
        var out = new StringBuilder();
        for (double learningRate : new double[] {0.05, 0.18}) {
            double[] w = inValley(new double[] {-9, 2}, 10, learningRate, 30)[30];
            if (out.length() > 0) out.append("; ");
            out.append(learningRate + " " + w[0] + " " + w[1] + " " + valley.f(w));
        }
        return out.toString();
    }
}
