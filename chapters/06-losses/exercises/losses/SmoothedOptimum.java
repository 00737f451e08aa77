package losses;

/// Exercise 6.6: where softmax cross-entropy with label smoothing `ε` over `k` classes has its
/// minimum, for one example, predicted on paper.
public final class SmoothedOptimum {
    private SmoothedOptimum() {}

    /// The gap `z_true − z_other` between the true class's logit and any other's at the minimum.
    public static double logitGap(double epsilon, int k) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.6 not attempted yet");
    }

    /// The smallest value the smoothed loss can reach.
    public static double minimumLoss(double epsilon, int k) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 6.6 not attempted yet");
    }
}
