package beyond;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "12.3", title = "One RNN step", file = "beyond/RnnStep.java", hints = {
        "For each hidden unit j, start from b[j], add x[i]·wxh[i][j] over i and h[l]·whh[l][j] "
                + "over l, then take Math.tanh.",
        "Column j of each weight matrix belongs to hidden unit j: index wxh[i][j], not wxh[j][i]."})
class RnnStepTest {

    private static void check(double[] x, double[] h, double[][] wxh, double[][] whh, double[] b,
                              double[] expected) {
        double[] before = h.clone();
        String call = "RnnStep.step(x=%s, h=%s, ...)".formatted(array(x), array(h));
        Expect.near(call, expected, RnnStep.step(x, h, wxh, whh, b), 1e-12);
        Expect.near(call + " must not modify h; h", before, h, 0);
    }

    @Test
    void matchesTheFormulaByHand() {
        // x·W_xh = [2·0.5, 2·(−1)] = [1, −2]; h·W_hh = [0.2·1 + (−0.1)·0.5, 0.2·0 + (−0.1)·2]
        // = [0.15, −0.2]; plus b = [0.1, 0]: [1.25, −2.2].
        check(new double[] {2}, new double[] {0.2, -0.1},
                new double[][] {{0.5, -1}}, new double[][] {{1, 0}, {0.5, 2}},
                new double[] {0.1, 0},
                new double[] {Math.tanh(1.25), Math.tanh(-2.2)});
    }

    @Test
    void usesColumnsForHiddenUnits() {
        // Asymmetric W_hh: h·W_hh = [1·0 + 0·1, 1·3 + 0·0] = [0, 3]; W_xh rows: two inputs.
        check(new double[] {1, -1}, new double[] {1, 0},
                new double[][] {{0.2, 0.1}, {0.3, 0.4}}, new double[][] {{0, 3}, {1, 0}},
                new double[] {0, 0},
                new double[] {Math.tanh(0.2 - 0.3 + 0), Math.tanh(0.1 - 0.4 + 3)});
    }

    @Test
    void withoutInputTheStateStillEvolves() {
        // x = 0: only the recurrent part and the bias remain; tanh(0.5·0.8 + 0.1) = tanh(0.5).
        check(new double[] {0}, new double[] {0.5}, new double[][] {{3}}, new double[][] {{0.8}},
                new double[] {0.1}, new double[] {Math.tanh(0.5)});
    }
}
