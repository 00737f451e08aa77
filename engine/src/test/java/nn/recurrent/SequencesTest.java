package nn.recurrent;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SequencesTest {

    @Test
    void stack_putsStepsUnderEachOther_andUnstackUndoesIt() {
        List<Matrix> steps = List.of(Matrix.of(new double[] {1, 2}, new double[] {3, 4}),
                Matrix.of(new double[] {5, 6}, new double[] {7, 8}));
        Matrix stacked = Sequences.stack(steps);
        assertEquals(Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6},
                new double[] {7, 8}), stacked);
        assertEquals(steps, Sequences.unstack(stacked, 2));
    }

    @Test
    void unstack_rejectsRowsThatDoNotSplitEvenly() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Sequences.unstack(Matrix.zeros(5, 2), 2));
        assertEquals("cannot split 5×2 into 2 steps", e.getMessage());
    }
}
