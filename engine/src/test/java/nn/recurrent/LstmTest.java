package nn.recurrent;

import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LstmTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void backward_matchesFiniteDifferences(long seed) {
        Rng rng = new Rng(seed);
        Lstm lstm = new Lstm(3, 4, 1.0, rng);
        Report report = SequenceGradientCheck.check(lstm, Sequences.gaussian(5, 2, 3, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void step_followsTheGateEquations() {
        Rng rng = new Rng(5);
        Lstm lstm = new Lstm(2, 3, 1.0, rng);
        Matrix x = Matrix.gaussian(1, 2, 1, rng), h = Matrix.gaussian(1, 3, 0.5, rng);
        Matrix c = Matrix.gaussian(1, 3, 1, rng);
        Lstm.Step s = lstm.step(x, h, c);
        for (int j = 0; j < 3; j++) {
            double expectedC = s.f().get(0, j) * c.get(0, j) + s.i().get(0, j) * s.g().get(0, j);
            assertEquals(expectedC, s.c().get(0, j), 1e-15);
            assertEquals(s.o().get(0, j) * Math.tanh(expectedC), s.h().get(0, j), 1e-15);
            assertTrue(s.f().get(0, j) > 0 && s.f().get(0, j) < 1, "f is a sigmoid");
        }
    }

    @Test
    void cellPath_passesTheGradientOnTimesTheForgetGate() {
        // ∂L/∂cₜ₋₁ gets dc ⊙ f: with no gradient into h, only the cell path carries anything.
        Rng rng = new Rng(6);
        Lstm lstm = new Lstm(1, 2, 1.0, rng);
        Lstm.Step s = lstm.step(Matrix.row(0.3), Matrix.row(0.1, -0.2), Matrix.row(0.5, 1.0));
        Matrix gradC = Matrix.row(1.0, -2.0);
        var back = lstm.stepBackward(s, Matrix.zeros(1, 2), gradC);
        assertEquals(gradC.hadamard(s.f()), back.cPrevious());
    }

    @Test
    void lossAtTheLastStepReachesTheFirstInput() {
        Rng rng = new Rng(7);
        Lstm lstm = new Lstm(1, 2, 1.0, rng);
        lstm.forward(Sequences.gaussian(3, 1, 1, 1, rng));
        var g = lstm.backward(Arrays.asList(null, null, Matrix.row(1.0, 1.0)));
        assertNotEquals(0.0, g.inputs().getFirst().norm());
        assertEquals(List.of(1, 1, 1), g.states().stream().map(Matrix::rows).toList());
    }

    @Test
    void hasFourGatesOfWeights() {
        Lstm lstm = new Lstm(3, 5, 1.0, new Rng(1));
        int count = lstm.parameters().stream().mapToInt(p -> p.value().size()).sum();
        assertEquals(4 * (3 * 5 + 5 * 5 + 5), count);
        assertEquals(Matrix.filled(1, 5, 1.0), lstm.parameters().get(2).value()); // b_f
    }
}
