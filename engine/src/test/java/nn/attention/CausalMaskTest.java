package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

class CausalMaskTest {

    @Test
    void rowIIsTheSoftmaxOfItsFirstIPlusOneScores() {
        Matrix scores = Matrix.of(new double[] {5, 100}, new double[] {0, Math.log(3)});
        Matrix a = CausalMask.softmax(scores);
        assertArrayEquals(new double[] {1, 0, 0.25, 0.75}, a.toArray(), 1e-15);
    }

    @Test
    void rejectsNonSquareOrNonFiniteScores() {
        assertThrows(IllegalArgumentException.class, () -> CausalMask.softmax(Matrix.zeros(2, 3)));
        Matrix notANumber = Matrix.of(new double[] {1, 0}, new double[] {Double.NaN, 0});
        assertThrows(IllegalArgumentException.class, () -> CausalMask.softmax(notANumber));
    }
}
