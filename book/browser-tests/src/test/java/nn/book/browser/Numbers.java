package nn.book.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/// Compares two texts of numbers, token by token: numbers to a relative tolerance, other
/// words exactly.
final class Numbers {
    private Numbers() {}

    static void assertClose(String expected, String actual, double tolerance, String what) {
        String[] e = expected.trim().split("[\\s,;]+"), a = actual.trim().split("[\\s,;]+");
        assertEquals(e.length, a.length, what + ": how many values\n" + expected + "\n" + actual);
        for (int i = 0; i < e.length; i++) {
            Double x = parse(e[i]), y = parse(a[i]);
            if (x == null || y == null) {
                assertEquals(e[i], a[i], what + ", value " + i);
            } else if (!(Math.abs(x - y) <= tolerance * Math.max(1e-3, Math.abs(x)))
                    && !x.equals(y)) {
                fail("%s, value %d: JVM %s, browser %s (relative tolerance %.0e)"
                        .formatted(what, i, e[i], a[i], tolerance));
            }
        }
    }

    private static Double parse(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
