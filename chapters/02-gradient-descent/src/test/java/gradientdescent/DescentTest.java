package gradientdescent;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "2.2", title = "A path downhill", file = "gradientdescent/Descent.java",
        hints = {
            "The path has steps + 1 entries: the start x₀, then one new x per step.",
            "path[0] = x0; for t from 1 to steps: "
                    + "path[t] = path[t-1] − η·derivative.applyAsDouble(path[t-1])."})
class DescentTest {

    @Test
    void parabolaFromFiveShrinksByPointEightPerStep() {
        // f(x) = x², f'(x) = 2x, η = 0.1: x ← x − 0.2x = 0.8x, so x_t = 5·0.8^t; x₂₀ ≈ 0.0576.
        double[] path = Descent.path(x -> 2 * x, 5.0, 0.1, 20);
        double[] expected = new double[21];
        for (int t = 0; t <= 20; t++) expected[t] = 5 * Math.pow(0.8, t);
        Expect.near("Descent.path(f' = 2x, x0 = 5, η = 0.1, steps = 20)", expected, path, 1e-12);
    }

    @Test
    void shiftedQuadraticReachesItsMinimum() {
        // f(x) = (x − 3)², f'(x) = 2(x − 3), η = 0.25: x − 3 halves each step, from −1
        // (distance −4).
        double[] path = Descent.path(x -> 2 * (x - 3), -1, 0.25, 4);
        Expect.near("Descent.path(f' = 2(x − 3), x0 = −1, η = 0.25, steps = 4)",
                new double[] {-1, 1, 2, 2.5, 2.75}, path, 1e-12);
    }

    @Test
    void zeroStepsIsJustTheStart() {
        Expect.near("Descent.path(f' = 2x, x0 = 7, η = 0.1, steps = 0)",
                new double[] {7}, Descent.path(x -> 2 * x, 7, 0.1, 0), 0);
    }
}
