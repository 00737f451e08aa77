package attention;

/// Exercise 15.3: the factor to multiply `q·k` by so that the scores have standard deviation
/// 1, when every entry of `q` and of `k` is independent with mean 0 and standard deviation
/// `sigma`, and `q` and `k` are `d` wide.
public final class ScoreScale {
    private ScoreScale() {}

    public static double factor(int d, double sigma) {
        // Var(qⱼkⱼ) = σ²·σ² for independent, zero-mean factors; d such terms add: Var(q·k) = dσ⁴.
        return 1 / (sigma * sigma * Math.sqrt(d));
    }
}
