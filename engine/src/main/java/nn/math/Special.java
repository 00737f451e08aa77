package nn.math;

/// Special functions: the error function `erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt` and the standard
/// normal distribution built on it. Chapter 5 needs them for the exact GELU `z·Φ(z)`.
///
/// `erf` is accurate to about `1e-15` relative; `erfc` to about `1e-14` relative for `x ≥ 2.5`
/// and `1e-12` below, where it is computed as `1 − erf(x)`.
public final class Special {
    /// Below this `|x|` we sum a series, above it we evaluate a continued fraction.
    private static final double SERIES_LIMIT = 2.5;
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    private Special() {}

    // tag::erf[]
    /// `erf(x)`, odd: `erf(−x) = −erf(x)`, rising from −1 to 1.
    public static double erf(double x) {
        if (x < 0) return -erf(-x);
        if (x < SERIES_LIMIT) return erfSeries(x);
        return 1 - erfcContinuedFraction(x);
    }

    /// `erf(x) = (2/√π)·e^(−x²)·Σₙ 2ⁿ x^(2n+1) / (1·3·5···(2n+1))`: every term is positive,
    /// so nothing cancels; about 35 terms at `x = 2.5`.
    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        for (int n = 1; term > 1e-17 * sum; n++) {
            term *= 2 * x * x / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
    }

    /// `erfc(x) = (e^(−x²)/√π) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))` for `x > 0`,
    /// evaluated from the inside out; 50 levels are plenty for `x ≥ 2.5`.
    private static double erfcContinuedFraction(double x) {
        double t = x;
        for (int k = 50; k >= 1; k--) t = x + (k / 2.0) / t;
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / t;
    }
    // end::erf[]

    /// The complementary error function `erfc(x) = 1 − erf(x)`, accurate also when it is tiny.
    public static double erfc(double x) {
        if (x >= SERIES_LIMIT) return erfcContinuedFraction(x);
        return 1 - erf(x);
    }

    // tag::normal-cdf[]
    /// `Φ(z) = ½(1 + erf(z/√2))`, the probability that a standard normal variable is `≤ z`;
    /// written as `½·erfc(−z/√2)` so that the left tail keeps its precision.
    public static double normalCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /// `φ(z) = e^(−z²/2) / √(2π)`, the standard normal density (the slope of `Φ`).
    public static double normalPdf(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }
    // end::normal-cdf[]
}
