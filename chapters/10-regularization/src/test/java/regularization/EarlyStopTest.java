package regularization;

import java.util.Arrays;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "10.4", title = "Early stopping logic", file = "regularization/EarlyStop.java",
        hints = {
            "Keep three things as you walk through the epochs: the best loss so far, its epoch, "
                    + "and how many epochs in a row have not improved on it.",
            "An improvement resets the counter to 0; any other epoch adds 1, and when the counter "
                    + "reaches patience, stop at that epoch. Equal is not an improvement."})
class EarlyStopTest {

    private static void check(double[] losses, int patience, int stop, int best) {
        String call = "EarlyStop.decide(%s, patience=%d)"
                .formatted(Arrays.toString(losses), patience);
        var decision = EarlyStop.decide(losses, patience);
        if (decision == null) throw new AssertionError(call + " returned null");
        Expect.equal(call, new EarlyStop.Decision(stop, best), decision);
    }

    @Test
    void stopsAfterPatienceEpochsWithoutImprovement() {
        // Best 0.5 in epoch 3; epochs 4 and 5 do not improve: with patience 2 stop in epoch 5.
        check(new double[] {0.9, 0.7, 0.5, 0.6, 0.55, 0.4}, 2, 5, 3);
        // With patience 3 epoch 6 improves in time, and training runs to the end.
        check(new double[] {0.9, 0.7, 0.5, 0.6, 0.55, 0.4}, 3, 6, 6);
    }

    @Test
    void equalIsNotAnImprovement() {
        check(new double[] {1, 1, 1}, 2, 3, 1);
        check(new double[] {2, 1, 1, 1, 0.5}, 1, 3, 2);
    }

    @Test
    void neverStopsWhenAlwaysImproving() {
        check(new double[] {5, 4, 3, 2, 1}, 1, 5, 5);
    }

    @Test
    void rejectsBadArguments() {
        Expect.rejects("EarlyStop.decide([], patience=1)", () -> EarlyStop.decide(new double[0], 1),
                "there is no epoch to decide about");
        Expect.rejects("EarlyStop.decide([1], patience=0)",
                () -> EarlyStop.decide(new double[] {1}, 0), "patience must be at least 1");
    }
}
