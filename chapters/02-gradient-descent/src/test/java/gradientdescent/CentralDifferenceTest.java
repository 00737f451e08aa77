package gradientdescent;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "2.3", title = "Central differences",
        file = "gradientdescent/CentralDifference.java",
        hints = {
            "Evaluate f a little to the right and a little to the left of x, and divide the "
                    + "rise by the run.",
            "return (f.applyAsDouble(x + h) − f.applyAsDouble(x − h)) / (2 * h); reject h <= 0 "
                    + "first."})
class CentralDifferenceTest {

    @Test
    void cubeHasAnExactlyKnownError() {
        // ((x + h)³ − (x − h)³) / 2h = (6x²h + 2h³) / 2h = 3x² + h²:
        // at x = 2, h = 0.001 that is 12.000001.
        Expect.near("CentralDifference.derivative(f = x³, x = 2, h = 0.001)",
                12.000001, CentralDifference.derivative(x -> x * x * x, 2, 1e-3), 1e-9);
    }

    @Test
    void sineNearItsCosine() {
        // sin'(x) = cos x; with h = 1e-5 the central difference is within about 1e-10 of it.
        for (double x : new double[] {0, 1, -2.5}) {
            Expect.near("CentralDifference.derivative(f = sin, x = %s, h = 1e-5)".formatted(x),
                    Math.cos(x), CentralDifference.derivative(Math::sin, x, 1e-5), 1e-9);
        }
    }

    @Test
    void quadraticIsExact() {
        // For f(x) = x² the h² term vanishes: ((x + h)² − (x − h)²) / 2h = 2x exactly
        // (up to rounding).
        Expect.near("CentralDifference.derivative(f = x², x = 5, h = 0.5)",
                10, CentralDifference.derivative(x -> x * x, 5, 0.5), 1e-12);
    }

    @Test
    void rejectsAStepThatIsNotPositive() {
        Expect.rejects("CentralDifference.derivative(f = x², x = 1, h = 0)",
                () -> CentralDifference.derivative(x -> x * x, 1, 0), "h = 0 divides by zero");
    }
}
