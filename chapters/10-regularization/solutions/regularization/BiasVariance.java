package regularization;

/// Exercise 10.5: the bias–variance decomposition of many fits. `fits[s][g]` is the prediction
/// of the model fitted to training set `s` at test point `g`; `truth[g]` is the true function
/// there, without noise.
public final class BiasVariance {
    private BiasVariance() {}

    /// `bias² = mean over g of (f̄(x_g) − f(x_g))²`, where `f̄` is the mean of the fits at a point.
    public static double biasSquared(double[][] fits, double[] truth) {
        double total = 0;
        for (int g = 0; g < truth.length; g++) {
            double d = mean(fits, g) - truth[g];
            total += d * d;
        }
        return total / truth.length;
    }

    /// `variance = mean over g of the mean over s of (f̂ₛ(x_g) − f̄(x_g))²`.
    public static double variance(double[][] fits, double[] truth) {
        double total = 0;
        for (int g = 0; g < truth.length; g++) {
            double m = mean(fits, g);
            for (double[] fit : fits) total += (fit[g] - m) * (fit[g] - m);
        }
        return total / (truth.length * (double) fits.length);
    }

    private static double mean(double[][] fits, int g) {
        double sum = 0;
        for (double[] fit : fits) sum += fit[g];
        return sum / fits.length;
    }
}
