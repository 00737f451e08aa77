package regularization;

/// Exercise 10.5: the bias–variance decomposition of many fits. `fits[s][g]` is the prediction
/// of the model fitted to training set `s` at test point `g`; `truth[g]` is the true function
/// there, without noise.
public final class BiasVariance {
    private BiasVariance() {}

    /// `bias² = mean over g of (f̄(x_g) − f(x_g))²`, where `f̄` is the mean of the fits at a point.
    public static double biasSquared(double[][] fits, double[] truth) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 10.5 not attempted yet");
    }

    /// `variance = mean over g of the mean over s of (f̂ₛ(x_g) − f̄(x_g))²`.
    public static double variance(double[][] fits, double[] truth) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 10.5 not attempted yet");
    }
}
