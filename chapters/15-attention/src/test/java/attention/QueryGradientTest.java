package attention;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

@Exercise(id = "15.2", title = "Backward through one query", file = "attention/QueryGradient.java",
        hints = {
            "Go backwards one step at a time: first ∂L/∂aᵢ (how the loss changes with weight i), "
                    + "then ∂L/∂sᵢ through the softmax, then ∂L/∂q through the scores.",
            "y = Σᵢ aᵢvᵢ, so ∂L/∂aᵢ is a dot product of gradOut with one value. The softmax step "
                    + "is the same one-line rule as Softmax.backward.",
            "Exercise 15.1 already did the last step for a single weight: you can also write "
                    + "∂L/∂q = Σᵢ (∂L/∂aᵢ)·∂aᵢ/∂q."})
class QueryGradientTest {
    private static final double[][] KEYS = {{1, 0}, {0, 1}, {1, 1}};
    private static final double[][] VALUES = {{10, 0, 1}, {0, 10, -2}, {5, 5, 0.5}};

    private static double loss(double[] q, double[] gradOut) {
        double[] a = WeightSlope.weights(q, KEYS);
        double l = 0;
        for (int i = 0; i < a.length; i++) l += a[i] * Numeric.dot(gradOut, VALUES[i]);
        return l; // L = gradOut · y, so that ∂L/∂y = gradOut
    }

    @Test
    void matchesFiniteDifferences() {
        double[] query = {2, -0.5};
        double[] gradOut = {0.3, -1, 2};
        double[] numeric = Numeric.gradient(query.clone(), q -> loss(q, gradOut));
        double[] analytic = QueryGradient.of(query, KEYS, VALUES, gradOut);
        Expect.gradient("QueryGradient.of(q=[2, -0.5], keys=[[1, 0], [0, 1], [1, 1]], values=…, "
                        + "gradOut=[0.3, -1, 2])", Matrix.row(numeric),
                Matrix.row(analytic == null ? new double[0] : analytic), 1e-6);
    }

    @Test
    void equalValuesGiveNoGradient() {
        // If every value is the same, y does not depend on the weights at all.
        double[][] same = {{1, 2}, {1, 2}, {1, 2}};
        Expect.near("QueryGradient.of(q=[2, -0.5], keys=…, values all [1, 2], gradOut=[1, 1])",
                new double[] {0, 0},
                QueryGradient.of(new double[] {2, -0.5}, KEYS, same, new double[] {1, 1}), 1e-12);
    }
}
