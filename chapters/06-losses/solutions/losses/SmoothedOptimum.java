package losses;

/// Exercise 6.6: where softmax cross-entropy with label smoothing `ε` over `k` classes has its
/// minimum, for one example, predicted on paper.
public final class SmoothedOptimum {
    private SmoothedOptimum() {}

    /// The gap `z_true − z_other` between the true class's logit and any other's at the minimum.
    public static double logitGap(double epsilon, int k) {
        double other = epsilon / k;
        return Math.log((1 - epsilon + other) / other);
    }

    /// The smallest value the smoothed loss can reach.
    public static double minimumLoss(double epsilon, int k) {
        double other = epsilon / k;
        double top = 1 - epsilon + other;
        return -top * Math.log(top) - (k - 1) * other * Math.log(other);
    }
}
