package gradientdescent;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "2.5", title = "The largest stable learning rate",
        file = "gradientdescent/StableRate.java",
        hints = {
            "Gradient descent on ½wᵀAw converges exactly when η < 2/λ_max. Find λ_max with the "
                    + "quadratic formula.",
            "λ_max = (a + d)/2 + √(((a − d)/2)² + b²); return 2 / λ_max. Check a > 0 and "
                    + "a·d − b² > 0 first."})
class StableRateTest {

    private static void check(double a, double b, double d, double expected) {
        String call = "StableRate.limit(a=%s, b=%s, d=%s)"
                .formatted(Expect.number(a), Expect.number(b), Expect.number(d));
        Expect.near(call, expected, StableRate.limit(a, b, d), 1e-12);
    }

    @Test
    void diagonalValley() {
        // A = diag(1, 10): the chapter's valley with κ = 10; λ_max = 10, limit 0.2.
        check(1, 0, 10, 0.2);
        check(4, 0, 0.5, 0.5); // λ_max = 4
    }

    @Test
    void matrixWithCouplings() {
        // [[2, 1], [1, 2]]: λ² − 4λ + 3 = 0, λ = 3 or 1, limit 2/3.
        check(2, 1, 2, 2.0 / 3);
        // [[5, 2], [2, 2]]: λ² − 7λ + 6 = 0, λ = 6 or 1, limit 1/3.
        check(5, 2, 2, 1.0 / 3);
    }

    @Test
    void theLimitSeparatesConvergenceFromDivergence() {
        // Gradient descent w ← w − η·Aw on [[5, 2], [2, 2]], just below and just above the limit.
        double limit = StableRate.limit(5, 2, 2);
        double below = runFrom(1, 1, 5, 2, 2, 0.95 * limit);
        double above = runFrom(1, 1, 5, 2, 2, 1.05 * limit);
        if (!(below < 1e-3 && above > 1e3)) {
            throw new AssertionError(("StableRate.limit(5, 2, 2) returned %s, but 300 steps of "
                    + "gradient descent end at |w| = %.3g with 0.95× that rate and |w| = %.3g "
                    + "with 1.05× it; the true limit converges just below and diverges just above")
                    .formatted(limit, below, above));
        }
    }

    private static double runFrom(double x, double y, double a, double b, double d, double eta) {
        for (int t = 0; t < 300; t++) {
            double gx = a * x + b * y, gy = b * x + d * y; // ∇(½wᵀAw) = Aw
            x -= eta * gx;
            y -= eta * gy;
        }
        return Math.hypot(x, y);
    }

    @Test
    void rejectsAMatrixWithoutAMinimum() {
        Expect.rejects("StableRate.limit(a=1, b=2, d=1)", () -> StableRate.limit(1, 2, 1),
                "[[1, 2], [2, 1]] has the eigenvalue −1, so f has no minimum");
        Expect.rejects("StableRate.limit(a=-1, b=0, d=3)", () -> StableRate.limit(-1, 0, 3),
                "a = −1 makes f fall without bound along x");
    }
}
