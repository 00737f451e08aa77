package nn.optim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarmupTest {

    @Test
    void risesInAStraightLineToTheFirstRateOfTheScheduleAfterIt() {
        var schedule = new Warmup(4, new LearningRateSchedule.Constant(0.8));
        double[] expected = {0.2, 0.4, 0.6, 0.8, 0.8, 0.8};
        for (int e = 0; e < expected.length; e++) {
            assertEquals(expected[e], schedule.rate(e), 1e-15);
        }
    }

    @Test
    void thenRunsTheOtherScheduleFromItsStart() {
        var step = new LearningRateSchedule.StepDecay(1.0, 0.5, 10);
        var schedule = new Warmup(5, step);
        for (int e = 0; e < 40; e++) assertEquals(step.rate(e), schedule.rate(e + 5), 1e-15);
    }

    @Test
    void rejectsAnEmptyWarmUp() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Warmup(0, new LearningRateSchedule.Constant(0.1)));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }
}
