package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.data.OneHot;
import nn.layers.Layer;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

class ReversalTest {

    @Test
    void reversed_reversesEachSequenceOnItsOwn() {
        assertArrayEquals(new int[] {3, 2, 1, 9, 8, 7},
                Reversal.reversed(new int[] {1, 2, 3, 7, 8, 9}, 3));
        assertThrows(IllegalArgumentException.class, () -> Reversal.reversed(new int[4], 3));
    }

    @Test
    void randomDigits_areSeededDigits() {
        int[] a = Reversal.randomDigits(50, 4, new Rng(1));
        int[] b = Reversal.randomDigits(50, 4, new Rng(1));
        assertArrayEquals(a, b);
        for (int d : a) assertTrue(d >= 0 && d <= 9);
    }

    @Test
    void accuracy_ofAPerfectModelIsOne_ofTheIdentityAboutATenth() {
        // A "model" that reverses its one-hot input exactly, and one that copies it.
        Layer perfect = new Layer() {
            public Matrix forward(Matrix x) {
                return OneHot.encode(Reversal.reversed(OneHot.decode(x), 5), 10);
            }
            public Matrix backward(Matrix gradOut) { return gradOut; }
        };
        Layer copy = new Layer() {
            public Matrix forward(Matrix x) { return x; }
            public Matrix backward(Matrix gradOut) { return gradOut; }
        };
        assertEquals(1, Reversal.accuracy(perfect, 200, 5, new Rng(2)));
        // the middle token is its own mirror image: 1/5 + 4/5 · 1/10 = 0.28
        assertEquals(0.28, Reversal.accuracy(copy, 2000, 5, new Rng(3)), 0.02);
    }
}
