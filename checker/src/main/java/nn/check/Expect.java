package nn.check;

import java.util.Arrays;

/// Assertions whose messages tell a learner exactly what went wrong, in the book's terms.
public final class Expect {
    private Expect() {}

    /// Fails unless `actual` is within `tolerance` of `expected`; `call` describes what was
    /// computed, e.g. `"WeightedSum.of(w=[1, 2], x=[3, 4], b=0.5)"`.
    public static void near(String call, double expected, double actual, double tolerance) {
        if (Double.isNaN(actual)) {
            throw new AssertionError("%s returned NaN but should be %s. A 0/0 or a log of a negative number?"
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
                throw new AssertionError("%s: entry [%d] is %s but should be %s (tolerance %.0e); all: %s"
                        .formatted(call, i, number(actual[i]), number(expected[i]), tolerance, Arrays.toString(actual)));
            }
        }
    }

    /// Fails unless `actual == expected`.
    public static void equal(String call, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            throw new AssertionError("%s returned %s but should be %s".formatted(call, actual, expected));
        }
    }

    /// Fails unless running `code` throws an `IllegalArgumentException`.
    public static void rejects(String call, Runnable code, String why) {
        try {
            code.run();
        } catch (IllegalArgumentException expected) {
            return;
        }
        throw new AssertionError("%s should throw an IllegalArgumentException because %s".formatted(call, why));
    }

    /// A short, exact rendering of a number: `0.25`, `-1.75`, `1.0E-12`.
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /// An array as the book prints it: `[0.5, -1]`.
    public static String array(double... values) {
        return Arrays.stream(values).mapToObj(Expect::number).toList().toString();
    }
}
