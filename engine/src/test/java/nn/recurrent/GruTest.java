package nn.recurrent;

import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class GruTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void backward_matchesFiniteDifferences(long seed) {
        Rng rng = new Rng(seed);
        Gru gru = new Gru(3, 4, 0.5, rng);
        Report report = SequenceGradientCheck.check(gru, Sequences.gaussian(5, 2, 3, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void step_mixesTheCandidateAndTheOldState() {
        Rng rng = new Rng(3);
        Gru gru = new Gru(2, 3, 0, rng);
        Matrix x = Matrix.gaussian(1, 2, 1, rng), h = Matrix.gaussian(1, 3, 0.5, rng);
        Gru.Step s = gru.step(x, h);
        for (int j = 0; j < 3; j++) {
            double z = s.z().get(0, j);
            assertEquals((1 - z) * s.n().get(0, j) + z * h.get(0, j), s.h().get(0, j), 1e-15);
            assertEquals(s.r().get(0, j) * h.get(0, j), s.resetH().get(0, j), 1e-15);
        }
    }

    @Test
    void hasThreeGatesOfWeights() {
        Gru gru = new Gru(3, 5, 0, new Rng(1));
        int count = gru.parameters().stream().mapToInt(p -> p.value().size()).sum();
        assertEquals(3 * (3 * 5 + 5 * 5 + 5), count);
    }
}
