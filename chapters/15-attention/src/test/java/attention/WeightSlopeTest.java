package attention;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "15.1", title = "The slope of one attention weight",
        file = "attention/WeightSlope.java",
        hints = {
            "The query reaches aᵢ only through the scores: ∂aᵢ/∂q = Σⱼ (∂aᵢ/∂sⱼ)·(∂sⱼ/∂q). "
                    + "What is ∂sⱼ/∂q for sⱼ = q·kⱼ/√d?",
            "∂aᵢ/∂sⱼ is the softmax Jacobian of Chapter 5, aᵢ(δᵢⱼ − aⱼ). Put it into the sum and "
                    + "split it into the j = i term and the rest: the rest is a weighted average.",
            "The answer is aᵢ/√d times the difference between key i and one particular average "
                    + "of all the keys."})
class WeightSlopeTest {
    private static final double[][] KEYS = {{1, 0, 2}, {0, 1, -1}, {2, 2, 0}, {-1, 0.5, 1}};

    @Test
    void matchesFiniteDifferences() {
        double[] query = {0.5, -1, 0.3};
        for (int i = 0; i < KEYS.length; i++) {
            int index = i;
            double[] numeric = Numeric.gradient(query.clone(),
                    q -> WeightSlope.weights(q, KEYS)[index]);
            double[] analytic = WeightSlope.ofQuery(query, KEYS, index);
            Expect.gradient("WeightSlope.ofQuery(q=%s, keys=%s, index=%d)".formatted(
                            Arrays.toString(query), Arrays.deepToString(KEYS), index),
                    Matrix.row(numeric), Matrix.row(analytic == null ? new double[0] : analytic),
                    1e-6);
        }
    }

    @Test
    void aQueryThatIgnoresOneKeyDoesNotMoveItsWeight() {
        // Two equal keys: whatever q does, their weights stay equal, so the slope of either
        // one is the same as if the pair were a single key; with only equal keys it is 0.
        double[][] equal = {{1, 2}, {1, 2}};
        Expect.near("WeightSlope.ofQuery(q=[3, -1], keys=[[1, 2], [1, 2]], index=0)",
                new double[] {0, 0}, WeightSlope.ofQuery(new double[] {3, -1}, equal, 0), 1e-12);
    }
}
