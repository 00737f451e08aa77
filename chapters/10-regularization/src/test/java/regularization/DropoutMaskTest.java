package regularization;

import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.Dropout;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "10.2", title = "An inverted-dropout mask", file = "regularization/DropoutMask.java",
        hints = {
        "Kept entries are scaled up by 1/(1 − p) so that the expected value of each entry is 1.",
        "Loop i over rows, j over cols, and call rng.uniform() exactly once per entry, in that "
                + "order: 0 if it is below p, else 1 / (1 − p)."})
class DropoutMaskTest {

    @Test
    void matchesTheDropoutLayerOnOnes() {
        for (double p : new double[] {0.5, 0.2, 0.9}) {
            Matrix expected = new Dropout(p, new Rng(3)).forward(Matrix.filled(4, 5, 1));
            Matrix mask = DropoutMask.of(4, 5, p, new Rng(3));
            if (mask == null) throw new AssertionError("DropoutMask.of returned null");
            Expect.near("DropoutMask.of(4, 5, p=%s, new Rng(3))".formatted(p), expected.toArray(),
                    mask.toArray(), 1e-12);
        }
    }

    @Test
    void keepsTheMeanAtOne() {
        double mean = DropoutMask.of(200, 200, 0.3, new Rng(5)).mean();
        Expect.near("the mean of DropoutMask.of(200, 200, p=0.3, ...)", 1, mean, 0.02);
    }

    @Test
    void pZeroKeepsEverything() {
        Expect.near("DropoutMask.of(2, 3, p=0, ...)", Matrix.filled(2, 3, 1).toArray(),
                DropoutMask.of(2, 3, 0, new Rng(1)).toArray(), 0);
    }

    @Test
    void rejectsPOne() {
        Expect.rejects("DropoutMask.of(2, 2, p=1, ...)", () -> DropoutMask.of(2, 2, 1, new Rng(1)),
                "p = 1 drops everything and 1/(1 − p) divides by zero");
    }
}
