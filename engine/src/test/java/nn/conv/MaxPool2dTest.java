package nn.conv;

import nn.gradcheck.GradientCheck;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class MaxPool2dTest {

    // one 4 × 4 channel: windows [[1, 3], [2, 0]], [[5, 4], [1, 1]], [[0, 2], [7, 1]],
    // [[6, 0], [3, 8]] have their maxima 3, 5, 7, 8 at (0, 1), (0, 2), (3, 0), (3, 3)
    private static final Matrix X = Matrix.row(
            1, 3, 5, 4,
            2, 0, 1, 1,
            0, 2, 6, 0,
            7, 1, 3, 8);

    @Test
    void forward_keepsTheLargestOfEachWindow() {
        var pool = new MaxPool2d(new Volume(1, 4, 4), 2);
        assertEquals(Matrix.row(3, 5, 7, 8), pool.forward(X));
    }

    @Test
    void backward_routesEachGradientToItsWindowsMaximum() {
        var pool = new MaxPool2d(new Volume(1, 4, 4), 2);
        pool.forward(X);
        Matrix gradIn = pool.backward(Matrix.row(10, 20, 30, 40));
        assertEquals(Matrix.row(
                0, 10, 20, 0,
                0, 0, 0, 0,
                0, 0, 0, 0,
                30, 0, 0, 40), gradIn);
    }

    @Test
    void backward_onATie_choosesTheFirstMaximum() {
        var pool = new MaxPool2d(new Volume(1, 2, 2), 2);
        pool.forward(Matrix.row(1, 4, 4, 4));
        assertEquals(Matrix.row(0, 1, 0, 0), pool.backward(Matrix.row(1.0)));
    }

    @Test
    void backward_matchesFiniteDifferences() {
        // Gaussian inputs have no ties, and a step of 1e-5 does not change which entry is the
        // maximum unless two are that close: the kink of max is avoided with probability ~1.
        Rng rng = new Rng(5);
        var pool = new MaxPool2d(new Volume(3, 4, 6), 2);
        var report = GradientCheck.layer(pool, Matrix.gaussian(2, 72, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void rejectsWindowsThatDoNotTile() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MaxPool2d(new Volume(8, 5, 5), 2));
        assertEquals("pooling windows of 2×2 must tile a 8×5×5 input", e.getMessage());
    }
}
