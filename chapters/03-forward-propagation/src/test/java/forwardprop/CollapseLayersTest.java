package forwardprop;

import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.Dense;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "3.4", title = "Collapse two linear layers",
        file = "forwardprop/CollapseLayers.java",
        hints = {
            "Multiply out (x·W1 + b1)·W2 + b2 and read off the part that multiplies x and the "
                    + "rest.",
            "W = W1·W2 (in that order) and b = b1·W2 + b2: the first bias passes through W2 too."})
class CollapseLayersTest {

    private static Dense layer(int in, int out, Rng rng) {
        return Dense.of(Matrix.gaussian(in, out, 1, rng), Matrix.gaussian(1, out, 1, rng));
    }

    /// Expected W and b with explicit loops, independent of Matrix.times.
    private static void check(int in, int hidden, int out, long seed) {
        var rng = new Rng(seed);
        Dense first = layer(in, hidden, rng), second = layer(hidden, out, rng);
        double[][] w1 = first.weights().value().toArray2d();
        double[][] w2 = second.weights().value().toArray2d();
        double[] b1 = first.bias().value().toArray(), b2 = second.bias().value().toArray();
        double[] wantW = new double[in * out];
        double[] wantB = b2.clone();
        for (int j = 0; j < out; j++) {
            for (int k = 0; k < hidden; k++) {
                for (int i = 0; i < in; i++) wantW[i * out + j] += w1[i][k] * w2[k][j];
                wantB[j] += b1[k] * w2[k][j];
            }
        }
        String call = "CollapseLayers.collapse(Dense(%d → %d), Dense(%d → %d))"
                .formatted(in, hidden, hidden, out);
        Dense single;
        try {
            single = CollapseLayers.collapse(first, second);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(call + " threw \"" + e.getMessage() + "\". Check the order "
                    + "of the products: W1 is " + in + "×" + hidden + ", W2 is " + hidden + "×"
                    + out + ".");
        }
        if (single == null) throw new AssertionError(call + " returned null");
        if (single.in() != in || single.out() != out) {
            throw new AssertionError("%s returned %s but should return Dense(%d → %d)"
                    .formatted(call, single.describe(), in, out));
        }
        Expect.near(call + " weights W (row-major)",
                wantW, single.weights().value().toArray(), 1e-12);
        if (in == out && hidden == out
                && near(first.bias().value().plus(second.bias().value()).toArray(),
                        single.bias().value().toArray())) {
            throw new AssertionError(call + ": the bias is b1 + b2, but b1 passes through the "
                    + "second layer first, so it is multiplied by W2: b = b1·W2 + b2");
        }
        Expect.near(call + " bias b", wantB, single.bias().value().toArray(), 1e-12);
        Matrix x = Matrix.gaussian(4, in, 1, rng);
        Expect.near(call + ": forward on a batch of 4", second.forward(first.forward(x)).toArray(),
                single.forward(x).toArray(), 1e-12);
    }

    private static boolean near(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 1e-12) return false;
        return true;
    }

    @Test
    void squareLayers() {
        // square, so W2·W1 and b1 + b2 compute without error but give other numbers
        check(3, 3, 3, 1);
    }

    @Test
    void layersOfDifferentWidths() {
        check(3, 5, 2, 2);
        check(1, 4, 1, 3);
    }
}
