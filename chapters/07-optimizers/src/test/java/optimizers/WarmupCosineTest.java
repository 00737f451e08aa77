package optimizers;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "7.3", title = "Warm-up, then cosine", file = "optimizers/WarmupCosine.java",
        hints = {
            "Two cases: epoch < warmup rises in a line to initial; otherwise a cosine from "
                    + "initial to min.",
            "After the warm-up: p = Math.min(1.0, (epoch - warmup) / (double) (epochs - warmup)); "
                    + "return min + 0.5 * (initial - min) * (1 + Math.cos(Math.PI * p)). Mind "
                    + "integer division."})
class WarmupCosineTest {

    private static void check(int epoch, double initial, double min, int warmup, int epochs,
            double expected) {
        String call = "WarmupCosine.rate(epoch=%d, initial=%s, min=%s, warmup=%d, epochs=%d)"
                .formatted(epoch, Expect.number(initial), Expect.number(min), warmup, epochs);
        Expect.near(call, expected, WarmupCosine.rate(epoch, initial, min, warmup, epochs), 1e-12);
    }

    @Test
    void warmUpRisesInAStraightLine() {
        // 0.1·(e + 1)/5 for e = 0..4: 0.02, 0.04, 0.06, 0.08, 0.1.
        check(0, 0.1, 0, 5, 15, 0.02);
        check(2, 0.1, 0, 5, 15, 0.06);
        check(4, 0.1, 0, 5, 15, 0.1);
    }

    @Test
    void cosineFromInitialToMinAfterTheWarmUp() {
        check(5, 0.1, 0, 5, 15, 0.1);              // p = 0: cos 0 = 1
        check(10, 0.1, 0, 5, 15, 0.05);            // p = ½: cos(π/2) = 0
        check(10, 0.1, 0.01, 5, 15, 0.055);        // 0.01 + ½·0.09
        check(15, 0.1, 0.01, 5, 15, 0.01);         // p = 1: cos π = −1
    }

    @Test
    void staysAtMinAfterTheLastEpoch() {
        check(40, 0.1, 0.01, 5, 15, 0.01);
    }

    @Test
    void noWarmUpStartsAtInitial() {
        check(0, 0.2, 0, 0, 10, 0.2);
        check(5, 0.2, 0, 0, 10, 0.1);
    }

    @Test
    void rejectsAWarmUpAsLongAsTheRun() {
        Expect.rejects("WarmupCosine.rate(epoch=0, initial=0.1, min=0, warmup=10, epochs=10)",
                () -> WarmupCosine.rate(0, 0.1, 0, 10, 10),
                "the warm-up leaves no epochs for the cosine");
        Expect.rejects("WarmupCosine.rate(epoch=0, initial=0.1, min=0, warmup=-1, epochs=10)",
                () -> WarmupCosine.rate(0, 0.1, 0, -1, 10), "a warm-up cannot be negative");
    }
}
