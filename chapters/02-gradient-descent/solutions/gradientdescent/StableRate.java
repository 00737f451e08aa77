package gradientdescent;

/// Exercise 2.5: the largest learning rate for which gradient descent converges on the
/// quadratic `f(w) = ½ wᵀAw` with the symmetric 2 × 2 matrix `A = [[a, b], [b, d]]`.
public final class StableRate {
    private StableRate() {}

    /// Returns `2 / λ_max`, where `λ_max` is the larger eigenvalue of `A`: the larger root of
    /// `λ² − (a + d)·λ + (ad − b²) = 0`. Throws an `IllegalArgumentException` unless `A` is
    /// positive definite (`a > 0` and `ad − b² > 0`), because otherwise `f` has no minimum.
    public static double limit(double a, double b, double d) {
        if (!(a > 0 && a * d - b * b > 0)) {
            throw new IllegalArgumentException("A = [[%s, %s], [%s, %s]] is not positive definite"
                    .formatted(a, b, b, d));
        }
        double lambdaMax = (a + d) / 2 + Math.sqrt((a - d) / 2 * ((a - d) / 2) + b * b);
        return 2 / lambdaMax;
    }
}
