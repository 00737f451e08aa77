package nn.beyond;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

class RecurrentCellTest {

    private static final RecurrentCell CELL = new RecurrentCell(
            Matrix.row(0.5, -1), Matrix.of(new double[] {1, 0}, new double[] {0.5, 2}),
            Matrix.row(0.1, 0));

    @Test
    void step_matchesTheFormulaByHand() {
        // x = 2, h = [0.2, -0.1]: x·W_xh = [1, -2]; h·W_hh = [0.2 − 0.05, -0.2] = [0.15, -0.2];
        // plus b: [1.25, -2.2]; then tanh.
        Matrix h = CELL.step(Matrix.row(2.0), Matrix.row(0.2, -0.1));
        assertEquals(Math.tanh(1.25), h.get(0, 0), 1e-15);
        assertEquals(Math.tanh(-2.2), h.get(0, 1), 1e-15);
    }

    @Test
    void unroll_feedsEachStateIntoTheNextStep() {
        List<Matrix> xs = List.of(Matrix.row(1.0), Matrix.row(0.0), Matrix.row(-1.0));
        List<Matrix> states = CELL.unroll(xs, Matrix.zeros(1, 2));
        assertEquals(3, states.size());
        Matrix h = Matrix.zeros(1, 2);
        for (int t = 0; t < 3; t++) {
            h = CELL.step(xs.get(t), h);
            assertEquals(h, states.get(t), "state " + (t + 1));
        }
    }

    @Test
    void withZeroRecurrentWeightsEachStepForgetsThePast() {
        var cell = new RecurrentCell(Matrix.row(1, 1), Matrix.zeros(2, 2), Matrix.zeros(1, 2));
        Matrix h = cell.step(Matrix.row(0.5), Matrix.row(0.9, -0.9));
        assertEquals(Matrix.row(Math.tanh(0.5), Math.tanh(0.5)), h);
    }

    @Test
    void rejectsWeightsOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class,
                () -> new RecurrentCell(Matrix.row(1, 1), Matrix.zeros(2, 3), Matrix.zeros(1, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> new RecurrentCell(Matrix.row(1, 1), Matrix.zeros(2, 2), Matrix.zeros(1, 3)));
    }
}
