package nn.math;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpecialTest {

    // Reference values computed with mpmath 1.3 at 30 digits (mpmath.erf, mpmath.erfc).
    @ParameterizedTest
    @CsvSource({
            "0.00001, 0.0000112837916705790002729896536",
            "0.1, 0.112462916018284898404712251014",
            "0.5, 0.520499877813046537682746653892",
            "1, 0.842700792949714869341220635083",
            "2, 0.995322265018952734162069256367",
            "2.4, 0.999311486103354921114450025190",
            "2.6, 0.999763965583470650912187179398",
            "3, 0.999977909503001414558627223870",
            "4, 0.999999984582742099719981147840",
            "6, 0.999999999999999978480263287501"})
    void erf_matchesReferenceValues(double x, double expected) {
        assertEquals(expected, Special.erf(x), 1e-14 * expected);
        assertEquals(-expected, Special.erf(-x), 1e-14 * expected, "erf is odd");
    }

    @Test
    void erf_isZeroAtZeroAndOneAtInfinity() {
        assertEquals(0, Special.erf(0));
        assertEquals(1, Special.erf(Double.POSITIVE_INFINITY));
        assertEquals(-1, Special.erf(Double.NEGATIVE_INFINITY));
    }

    // Reference values computed with mpmath 1.3 at 30 digits.
    @ParameterizedTest
    @CsvSource({
            "3, 2.20904969985854413727761295823e-5",
            "5, 1.53745979442803485018834348538e-12",
            "10, 2.08848758376254475700078629496e-45",
            "26, 5.66319240885614284647572789693e-296"})
    void erfc_keepsRelativeAccuracyInTheTail(double x, double expected) {
        assertEquals(expected, Special.erfc(x), 1e-13 * expected);
    }

    @Test
    void normalCdf_matchesKnownValues() {
        // Φ(1) = ½(1 + erf(1/√2)), from mpmath.ncdf.
        assertEquals(0.5, Special.normalCdf(0), 1e-16);
        assertEquals(0.841344746068542948585232545632, Special.normalCdf(1), 1e-15);
        assertEquals(0.158655253931457051414767454368, Special.normalCdf(-1), 1e-15);
        assertEquals(1 / Math.sqrt(2 * Math.PI), Special.normalPdf(0), 1e-16);
    }
}
