package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;

class SequencesTest {

    @Test
    void splitThenStack_givesTheBatchBack() {
        Matrix x = Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6},
                new double[] {7, 8});
        List<Matrix> parts = Sequences.split(x, 2);
        assertEquals(2, parts.size());
        assertEquals(Matrix.of(new double[] {5, 6}, new double[] {7, 8}), parts.get(1));
        assertEquals(x, Sequences.stack(parts));
    }

    @Test
    void rejectsRowsThatAreNotWholeSequences_andUnequalWidths() {
        assertThrows(IllegalArgumentException.class, () -> Sequences.count(Matrix.zeros(3, 1), 2));
        assertThrows(IllegalArgumentException.class, () -> Sequences.count(Matrix.zeros(0, 1), 2));
        assertThrows(IllegalArgumentException.class,
                () -> Sequences.stack(List.of(Matrix.zeros(1, 2), Matrix.zeros(1, 3))));
        assertThrows(IllegalArgumentException.class, () -> Sequences.stack(List.of()));
    }
}
