package approximation;

import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "9.3", title = "Counting parameters", file = "approximation/ParameterCount.java",
        hints = {
            "A Dense(in → out) layer holds an in × out weight matrix and a 1 × out bias.",
            "count: add in·out + out for each pair of neighbouring widths. shallowWidth: the count "
                    + "(in + 1)·h + (h + 1)·out grows by in + 1 + out per unit; solve for h and "
                    + "round down."})
class ParameterCountTest {

    // The engine counts the values of real layers: an independent check.
    private static long engineCount(int... widths) {
        var rng = new Rng(0);
        Layer[] layers = new Layer[widths.length - 1];
        for (int l = 1; l < widths.length; l++) {
            layers[l - 1] = new Dense(widths[l - 1], widths[l], rng);
        }
        return Sequential.count(new Sequential(layers).parameters());
    }

    private static void check(int... widths) {
        String call = "ParameterCount.count%s".formatted(java.util.Arrays.toString(widths)
                .replace('[', '(').replace(']', ')'));
        Expect.equal(call, engineCount(widths), ParameterCount.count(widths));
    }

    @Test
    void countsWeightsAndBiases() {
        // By hand: 2·16 + 16 = 48, 16·16 + 16 = 272 (twice), 16·1 + 1 = 17; 48 + 544 + 17 = 609.
        Expect.equal("ParameterCount.count(2, 16, 16, 16, 1)", 609L,
                ParameterCount.count(2, 16, 16, 16, 1));
        check(1, 1);
        check(2, 152, 1);
        check(20, 64, 32, 16, 1);
        check(784, 128, 10);
    }

    @Test
    void rejectsTooFewWidths() {
        Expect.rejects("ParameterCount.count(5)", () -> ParameterCount.count(5),
                "one width is only an input, no layer");
        Expect.rejects("ParameterCount.count(3, 0, 1)", () -> ParameterCount.count(3, 0, 1),
                "a layer needs at least one unit");
    }

    private static void checkWidth(int in, int out, long budget) {
        String call = "ParameterCount.shallowWidth(in=%d, out=%d, budget=%d)"
                .formatted(in, out, budget);
        int h = ParameterCount.shallowWidth(in, out, budget);
        if (h > 0 && engineCount(in, h, out) > budget) {
            throw new AssertionError(("%s returned %d, but a %d-%d-%d network has %d parameters, "
                    + "more than the budget")
                    .formatted(call, h, in, h, out, engineCount(in, h, out)));
        }
        if (engineCount(in, h + 1, out) <= budget) {
            throw new AssertionError("%s returned %d, but width %d still fits: %d parameters"
                    .formatted(call, h, h + 1, engineCount(in, h + 1, out)));
        }
    }

    @Test
    void widestShallowNetworkWithinBudget() {
        // 4h + 1 ≤ 609 gives h = 152: the shallow network of the spirals comparison.
        Expect.equal("ParameterCount.shallowWidth(in=2, out=1, budget=609)", 152,
                ParameterCount.shallowWidth(2, 1, 609));
        checkWidth(2, 1, 610);
        checkWidth(784, 10, 101_770);
        checkWidth(20, 1, 3_457);
        checkWidth(3, 2, 5);
    }
}
