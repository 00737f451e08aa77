package losses;

import nn.check.Exercise;
import nn.check.Expect;
import nn.losses.Huber;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

@Exercise(id = "6.2", title = "Huber loss", file = "losses/HuberLoss.java",
        hints = {
            "Work residual by residual with yHat.minus(y).map(r -> ...): one formula inside "
                    + "|r| ≤ δ, the other outside. Then sum and divide by the number of rows.",
            "The slope of ½r² is r; the slope of δ(|r| − ½δ) is δ·sign(r). Together that is r "
                    + "clipped to [−δ, δ]: Math.clamp(r, -delta, delta), then scale by "
                    + "1.0 / yHat.rows()."})
class HuberLossTest {
    // Residuals −3, −0.5, 0.25, 2 (one row) and 0.75, −1.5, 4, 0 (another row).
    private static final Matrix Y = Matrix.of(new double[] {1, 1, 1, 1}, new double[] {0, 0, 0, 0});
    private static final Matrix Y_HAT = Matrix.of(new double[] {-2, 0.5, 1.25, 3},
            new double[] {0.75, -1.5, 4, 0});
    private static final String RESIDUALS =
            "with residuals [[-3, -0.5, 0.25, 2], [0.75, -1.5, 4, 0]]";

    @Test
    void valueWithDeltaOne() {
        // |r| ≤ 1: ½r² → 0.125, 0.03125, 0.28125, 0. |r| > 1: |r| − ½ → 2.5, 1.5, 1, 3.5.
        // Total 8.9375 over n = 2 rows.
        Expect.near("HuberLoss.value(ŷ, y, δ=1) " + RESIDUALS,
                8.9375 / 2, HuberLoss.value(Y_HAT, Y, 1), 1e-12);
    }

    @Test
    void valueWithDeltaTwo() {
        // δ = 2: ½r² for −0.5, 0.25, 2, 0.75, −1.5, 0 → 0.125 + 0.03125 + 2 + 0.28125 + 1.125 + 0;
        // 2(|r| − 1) for −3 and 4 → 4 + 6. Total 13.5625 over n = 2 rows.
        Expect.near("HuberLoss.value(ŷ, y, δ=2) " + RESIDUALS,
                13.5625 / 2, HuberLoss.value(Y_HAT, Y, 2), 1e-12);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        // δ = 1.3 keeps every residual away from the kinks at |r| = δ, where no single slope
        // exists.
        for (double delta : new double[] {1.3, 0.6}) {
            String call = "HuberLoss.gradient(ŷ, y, δ=%s)".formatted(Expect.number(delta));
            GradientAssert.matches(call, Y_HAT,
                    m -> new Huber(delta).value(m, Y), HuberLoss.gradient(Y_HAT, Y, delta));
        }
    }
}
