package neuron;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "1.4", title = "The boundary is a line", file = "neuron/DecisionBoundary.java",
        hints = {
            "Solve w₁x₁ + w₂x₂ + b = 0 for x₂.",
            "x₂ = −(w₁x₁ + b) / w₂; check w₂ == 0 first and throw an IllegalArgumentException."})
class DecisionBoundaryTest {

    private static void check(double[] w, double b, double x1) {
        String call = "DecisionBoundary.x2At(w=%s, b=%s, x1=%s)"
                .formatted(array(w), Expect.number(b), Expect.number(x1));
        double x2 = DecisionBoundary.x2At(w, b, x1);
        double z = w[0] * x1 + w[1] * x2 + b;
        if (Double.isNaN(x2) || Math.abs(z) > 1e-9) {
            throw new AssertionError(("%s returned %s, but that point is not on the boundary: "
                    + "w₁x₁ + w₂x₂ + b = %s, not 0").formatted(call, x2, z));
        }
    }

    @Test
    void pointsLieOnTheLine() {
        check(new double[] {1, 1}, -1.5, 0);
        check(new double[] {1, 1}, -1.5, 1);
        check(new double[] {2, -0.5}, 0.25, -3);
        check(new double[] {0, 4}, -2, 10);
    }

    @Test
    void rejectsAVerticalBoundary() {
        Expect.rejects("DecisionBoundary.x2At(w=[1, 0], b=0.5, x1=0)",
                () -> DecisionBoundary.x2At(new double[] {1, 0}, 0.5, 0),
                "w₂ = 0 makes the boundary vertical");
    }
}
