package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

class SelfAttentionTest {

    @Test
    void backward_matchesFiniteDifferences() {
        var rng = new Rng(11);
        var layer = new SelfAttention(4, 3, 3, false, rng);
        Report report = GradientCheck.layer(layer, Matrix.gaussian(6, 4, 1, rng), rng); // 2 × 3
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void causalBackward_matchesFiniteDifferences() {
        var rng = new Rng(12);
        var layer = new SelfAttention(3, 2, 4, true, rng);
        Report report = GradientCheck.layer(layer, Matrix.gaussian(8, 3, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void sequencesDoNotSeeEachOther() {
        var rng = new Rng(13);
        var layer = new SelfAttention(2, 2, 2, false, rng);
        Matrix x = Matrix.gaussian(4, 2, 1, rng);
        Matrix first = layer.forward(x).rowRange(0, 2);
        Matrix changed = x.copy();
        changed.set(3, 0, 100); // a token of the second sequence
        assertEquals(first, layer.forward(changed).rowRange(0, 2));
    }

    @Test
    void causalTokensDoNotSeeLaterTokens() {
        var rng = new Rng(14);
        var layer = new SelfAttention(2, 2, 3, true, rng);
        Matrix x = Matrix.gaussian(3, 2, 1, rng);
        Matrix before = layer.forward(x).rowRange(0, 2);
        Matrix changed = x.copy();
        changed.set(2, 1, -50); // the last token
        assertEquals(before, layer.forward(changed).rowRange(0, 2));
    }

    @Test
    void weights_areOneMapPerSequence() {
        var rng = new Rng(15);
        var layer = new SelfAttention(2, 2, 3, false, rng);
        layer.forward(Matrix.gaussian(6, 2, 1, rng));
        assertEquals("3×3", layer.weights(1).shape());
        assertEquals(1, layer.weights(1).row(2).sum(), 1e-12);
        assertThrows(IndexOutOfBoundsException.class, () -> layer.weights(2));
    }

    @Test
    void rejectsABatchThatIsNotWholeSequences() {
        var layer = new SelfAttention(2, 2, 3, false, new Rng(16));
        var e = assertThrows(IllegalArgumentException.class,
                () -> layer.forward(Matrix.zeros(4, 2)));
        assertEquals("a batch of sequences of length 3 needs a positive multiple of 3 rows, "
                + "got 4×2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> layer.forward(Matrix.zeros(3, 5)));
    }
}
