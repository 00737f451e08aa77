package preface;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "0.2", title = "A product by hand", file = "preface/ByHand.java",
        hints = {
            "z has one entry per column of w (w.cols() of them). Entry k pairs x with "
                    + "column k of w.",
            "Two loops: for each k in 0..w.cols()-1, add x[j] * w.get(j, k) for every j in "
                    + "0..x.length-1."})
class ByHandTest {

    private static void check(double[] x, Matrix w, double[] expected) {
        String call = "ByHand.times(x=%s, w=%s)".formatted(array(x), w);
        Expect.near(call, expected, ByHand.times(x, w), 1e-12);
    }

    @Test
    void smallCaseWorkedByHand() {
        // x = [1, 2], w = [[3, 0, -1], [4, 1, 2]]:
        // z = [1·3 + 2·4, 1·0 + 2·1, 1·(−1) + 2·2] = [11, 2, 3].
        Matrix w = Matrix.of(new double[] {3, 0, -1}, new double[] {4, 1, 2});
        check(new double[] {1, 2}, w, new double[] {11, 2, 3});
    }

    @Test
    void agreesWithMatrixTimes() {
        var rng = new Rng(3);
        for (int trial = 0; trial < 5; trial++) {
            int in = 1 + rng.nextInt(6), out = 1 + rng.nextInt(6);
            Matrix w = Matrix.gaussian(in, out, 1, rng);
            double[] x = Matrix.gaussian(1, in, 1, rng).toArray();
            check(x, w, Matrix.row(x).times(w).toArray()); // the engine's product as the reference
        }
    }

    @Test
    void rejectsMismatchedLengths() {
        Expect.rejects("ByHand.times(x=[1, 2, 3], w of shape 2×4)",
                () -> ByHand.times(new double[] {1, 2, 3}, Matrix.zeros(2, 4)),
                "x has 3 entries but w has 2 rows");
    }
}
