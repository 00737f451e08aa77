package nn.optim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LearningRateScheduleTest {

    @Test
    void constant_neverChanges() {
        var s = new LearningRateSchedule.Constant(0.1);
        assertEquals(0.1, s.rate(0));
        assertEquals(0.1, s.rate(1000));
    }

    @Test
    void stepDecay_dropsEveryFewEpochs() {
        var s = new LearningRateSchedule.StepDecay(1.0, 0.5, 10);
        assertEquals(1.0, s.rate(0));
        assertEquals(1.0, s.rate(9));
        assertEquals(0.5, s.rate(10));
        assertEquals(0.25, s.rate(25));
    }

    @Test
    void exponentialDecay_multipliesEachEpoch() {
        var s = new LearningRateSchedule.ExponentialDecay(1.0, 0.9);
        assertEquals(0.81, s.rate(2), 1e-15);
    }

    @Test
    void cosine_goesFromInitialToMin() {
        var s = new LearningRateSchedule.Cosine(1.0, 0.1, 10);
        assertEquals(1.0, s.rate(0), 1e-15);
        assertEquals(0.55, s.rate(5), 1e-15); // 0.1 + 0.45·(1 + cos(π/2))
        assertEquals(0.1, s.rate(10), 1e-15);
        assertEquals(0.1, s.rate(50), 1e-15);
    }

    @Test
    void lambda_isASchedule() {
        LearningRateSchedule s = epoch -> 0.1 / (1 + epoch);
        assertEquals(0.05, s.rate(1), 1e-15);
    }
}
