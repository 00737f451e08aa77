package nn.check;

import java.util.Arrays;

/// Assertions whose messages tell a learner exactly what went wrong, in the book's terms.
public final class Expect {
    private Expect() {}

    /// Fails unless `actual` is within `tolerance` of `expected`; `call` describes what was
    /// computed, e.g. `"WeightedSum.of(w=[1, 2], x=[3, 4], b=0.5)"`.
    public static void near(String call, double expected, double actual, double tolerance) {
        if (Double.isNaN(actual)) {
            throw new AssertionError(
                    "%s returned NaN but should be %s. A 0/0 or a log of a negative number?"
                            .formatted(call, number(expected)));
        }
        if (!(Math.abs(actual - expected) <= tolerance)) {
            throw new AssertionError("%s returned %s but should be %s (tolerance %.0e)"
                    .formatted(call, number(actual), number(expected), tolerance));
        }
    }

    /// Fails unless two arrays have the same length and agree entry by entry within `tolerance`;
    /// names the first entry that differs.
    public static void near(String call, double[] expected, double[] actual, double tolerance) {
        if (actual == null) throw new AssertionError(call + " returned null");
        if (actual.length != expected.length) {
            throw new AssertionError("%s returned %d numbers but should return %d: %s"
                    .formatted(call, actual.length, expected.length, Arrays.toString(actual)));
        }
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(actual[i] - expected[i]) <= tolerance)) {
                throw new AssertionError(
                        "%s: entry [%d] is %s but should be %s (tolerance %.0e); all: %s".formatted(
                                call, i, number(actual[i]), number(expected[i]), tolerance,
                                Arrays.toString(actual)));
            }
        }
    }

    /// Fails unless `actual` has the expected shape, saying both shapes.
    public static void shape(String call, int rows, int cols, nn.math.Matrix actual) {
        if (actual == null) throw new AssertionError(call + " returned null");
        if (actual.rows() != rows || actual.cols() != cols) {
            throw new AssertionError("%s has shape %s but should be %d×%d"
                    .formatted(call, actual.shape(), rows, cols));
        }
    }

    /// Fails unless the learner's gradient matches a numerical one entry by entry (relative error
    /// at most `tolerance`); names the first wrong entry, both values and the most likely cause.
    public static void gradient(String what, nn.math.Matrix numeric, nn.math.Matrix analytic,
            double tolerance) {
        shape(what, numeric.rows(), numeric.cols(), analytic);
        for (int i = 0; i < numeric.rows(); i++) {
            for (int j = 0; j < numeric.cols(); j++) {
                double n = numeric.get(i, j), a = analytic.get(i, j);
                double error = Math.abs(n - a) / Math.max(1e-12, Math.abs(n) + Math.abs(a));
                if (!(error <= tolerance)) {
                    String cause = GradientDiagnosis.of(numeric, analytic);
                    throw new AssertionError(("%s: entry [%d][%d] is %.8f but the numerical "
                            + "gradient is %.8f (relative error %.1e, tolerance %.0e). %s")
                            .formatted(what, i, j, a, n, error, tolerance, cause));
                }
            }
        }
    }

    /// Fails unless `actual == expected`.
    public static void equal(String call, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            throw new AssertionError("%s returned %s but should be %s"
                    .formatted(call, actual, expected));
        }
    }

    /// Fails unless running `code` throws an `IllegalArgumentException`.
    public static void rejects(String call, Runnable code, String why) {
        try {
            code.run();
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("%s should throw an IllegalArgumentException because %s"
                .formatted(call, why));
    }

    /// A short, exact rendering of a number: `0.25`, `-1.75`, `1.0E-12`.
    public static String number(double v) {
        boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15;
        return whole ? String.valueOf((long) v) : String.valueOf(v);
    }

    /// An array as the book prints it: `[0.5, -1]`.
    public static String array(double... values) {
        return Arrays.stream(values).mapToObj(Expect::number).toList().toString();
    }
}
