package nn.beyond;

import static org.junit.jupiter.api.Assertions.*;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

class AttentionTest {

    @Test
    void weights_areASoftmaxOfScaledDotProducts() {
        // q = [1, 1], keys [1, 0] and [0, 0], d = 2: scores 1/√2 and 0.
        Matrix keys = Matrix.of(new double[] {1, 0}, new double[] {0, 0});
        Matrix w = Attention.weights(Matrix.row(1, 1), keys);
        double s = 1 / Math.sqrt(2), e = Math.exp(s);
        assertEquals(e / (e + 1), w.get(0, 0), 1e-15);
        assertEquals(1 / (e + 1), w.get(0, 1), 1e-15);
    }

    @Test
    void eachQuerysWeightsSumToOne() {
        Matrix q = Matrix.of(new double[] {1, -2, 0.5}, new double[] {0, 3, 1});
        Matrix k = Matrix.of(new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {2, 2, 2},
                new double[] {-1, 0.5, 0});
        Matrix w = Attention.weights(q, k);
        assertEquals(1, w.row(0).sum(), 1e-12);
        assertEquals(1, w.row(1).sum(), 1e-12);
    }

    @Test
    void equalKeysAverageTheValues() {
        Matrix k = Matrix.of(new double[] {1, 2}, new double[] {1, 2});
        Matrix v = Matrix.of(new double[] {10, 0}, new double[] {0, 4});
        assertEquals(Matrix.row(5, 2), Attention.attend(Matrix.row(0.3, -7), k, v));
    }

    @Test
    void aDominantKeyPicksItsValue() {
        Matrix k = Matrix.of(new double[] {100, 0}, new double[] {0, 100});
        Matrix v = Matrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        Matrix out = Attention.attend(Matrix.row(1, 0), k, v);
        assertArrayEquals(new double[] {1, 2, 3}, out.toArray(), 1e-12);
    }

    @Test
    void rejectsMismatchedShapes() {
        assertThrows(IllegalArgumentException.class,
                () -> Attention.weights(Matrix.row(1, 2), Matrix.row(1, 2, 3)));
        assertThrows(IllegalArgumentException.class,
                () -> Attention.attend(Matrix.row(1, 2), Matrix.row(1, 2), Matrix.zeros(2, 2)));
    }
}
