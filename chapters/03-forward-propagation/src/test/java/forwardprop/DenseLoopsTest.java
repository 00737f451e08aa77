package forwardprop;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "3.1", title = "A dense layer with loops", file = "forwardprop/DenseLoops.java",
        hints = {
            "z has one row per example (x.length) and one column per unit (w[0].length).",
            "For each i and j: start from b[j], then add x[i][k] * w[k][j] for every k."})
class DenseLoopsTest {

    private static void check(double[][] x, double[][] w, double[] b, double[][] expected) {
        String call = "DenseLoops.forward(x %d×%d, W %d×%d, b of %d)"
                .formatted(x.length, x[0].length, w.length, w[0].length, b.length);
        double[][] z = DenseLoops.forward(x, w, b);
        if (z == null) throw new AssertionError(call + " returned null");
        if (z.length != expected.length) {
            throw new AssertionError("%s returned %d rows but should return %d, one per example"
                    .formatted(call, z.length, expected.length));
        }
        double[][] noBias = Matrix.of(x).times(Matrix.of(w)).toArray2d();
        for (int i = 0; i < expected.length; i++) {
            if (z[i].length != expected[i].length) {
                throw new AssertionError(
                        "%s: row %d has %d entries but should have %d, one per unit"
                                .formatted(call, i, z[i].length, expected[i].length));
            }
            for (int j = 0; j < expected[i].length; j++) {
                if (Math.abs(z[i][j] - expected[i][j]) > 1e-12) {
                    String cause = Math.abs(z[i][j] - noBias[i][j]) < 1e-12
                            ? " It equals the sum without the bias: did you forget + b[j]?" : "";
                    throw new AssertionError(
                            "%s: z[%d][%d] is %s but should be %s (tolerance 1e-12).%s".formatted(
                                    call, i, j, Expect.number(z[i][j]),
                                    Expect.number(expected[i][j]), cause));
                }
            }
        }
    }

    @Test
    void reproducesTheLessonsHiddenLayer() {
        // x = [1, 2], the lesson's W1 transposed: z = [0.5 − 0.6 + 0.1, 0.8 + 0.4 + 0.2,
        // −0.1 + 1.8 − 0.1] = [0, 1.4, 1.6].
        double[][] w = {{0.5, 0.8, -0.1}, {-0.3, 0.2, 0.9}};
        check(new double[][] {{1, 2}}, w, new double[] {0.1, 0.2, -0.1},
                new double[][] {{0.5 - 0.6 + 0.1, 0.8 + 0.4 + 0.2, -0.1 + 1.8 - 0.1}});
    }

    @Test
    void handlesABatchOfSeveralExamples() {
        // Expected values from the engine's matrix product, a different implementation.
        var rng = new Rng(31);
        Matrix x = Matrix.gaussian(5, 3, 1, rng), w = Matrix.gaussian(3, 4, 1, rng);
        Matrix b = Matrix.gaussian(1, 4, 1, rng);
        check(x.toArray2d(), w.toArray2d(), b.toArray(), x.times(w).plusRow(b).toArray2d());
    }

    @Test
    void rejectsShapesThatDoNotFit() {
        double[][] w = {{1, 2}, {3, 4}, {5, 6}}; // 3 × 2
        rejects("DenseLoops.forward(x 1×2, W 3×2, b of 2)",
                () -> DenseLoops.forward(new double[][] {{1, 2}}, w, new double[] {0, 0}),
                "x has 2 columns but W has 3 rows");
        rejects("DenseLoops.forward(x 1×3, W 3×2, b of 3)",
                () -> DenseLoops.forward(new double[][] {{1, 2, 3}}, w, new double[] {0, 0, 0}),
                "W has 2 columns (units) but b has 3 entries");
    }

    private static void rejects(String call, Runnable code, String why) {
        try {
            Expect.rejects(call, code, why);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new AssertionError("%s threw %s; it should throw an IllegalArgumentException "
                    .formatted(call, e) + "before the loops start, because " + why);
        }
    }
}
