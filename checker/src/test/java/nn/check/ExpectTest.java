package nn.check;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ExpectTest {
    private static final Matrix NUMERIC =
            Matrix.of(new double[] {0.5, -1.0}, new double[] {2.0, 0.25});

    private static String failure(Matrix analytic) {
        var e = assertThrows(AssertionError.class,
                () -> Expect.gradient("dW", NUMERIC, analytic, 1e-7));
        return e.getMessage();
    }

    @Test
    void rightGradientPasses() {
        Expect.gradient("dW", NUMERIC, NUMERIC.plus(1e-12), 1e-7);
    }

    @Test
    void namesTheFirstWrongEntryWithBothValues() {
        Matrix analytic = NUMERIC.copy();
        analytic.set(1, 0, 2.5);
        assertEquals("dW: entry [1][0] is 2.50000000 but the numerical gradient is 2.00000000 "
                + "(relative error 1.1e-01, tolerance 1e-07). "
                + "The entries are off by different amounts: check the chain rule term by term.",
                failure(analytic));
    }

    static Stream<Arguments> usualMistakes() {
        return Stream.of(
                arguments(NUMERIC.scale(4),
                        "Every entry is 4 times too large: a missing division (the batch's 1/n?)"),
                arguments(NUMERIC.scale(0.5), "Every entry is 2 times too small: "
                        + "an extra division, or a missing factor (2 from a square?)"),
                arguments(NUMERIC.scale(-1), "The sign is flipped: check y − ŷ against ŷ − y."),
                arguments(NUMERIC.transpose(),
                        "the transpose of the right one: check the order of the product."),
                arguments(Matrix.zeros(2, 2), "Your gradient is all zeros: "
                        + "is it ever computed or added into the result?"));
    }

    @ParameterizedTest
    @MethodSource("usualMistakes")
    void recognisesTheUsualMistake(Matrix analytic, String diagnosis) {
        String message = failure(analytic);
        assertTrue(message.endsWith(diagnosis), message);
    }

    @Test
    void shapeMismatchSaysBothShapes() {
        var e = assertThrows(AssertionError.class,
                () -> Expect.shape("forward(x)", 4, 3, Matrix.zeros(3, 4)));
        assertEquals("forward(x) has shape 3×4 but should be 4×3", e.getMessage());
    }
}
