package losses;

/// Exercise 6.4: softmax cross-entropy of one example from its scores (logits) `z` and the index
/// `label` of its true class: `L = −ln softmax(z)[label] = ln Σⱼ e^(zⱼ) − z[label]`.
public final class CrossEntropyFromLogits {
    private CrossEntropyFromLogits() {}

    /// Returns `L`, computing `ln Σⱼ e^(zⱼ)` as `m + ln Σⱼ e^(zⱼ − m)` with `m = max z`, so that
    /// it is finite for scores like 1000 or −1000.
    public static double value(double[] z, int label) {
        return logSumExp(z) - z[label];
    }

    /// Returns `∂L/∂z = softmax(z) − onehot(label)` as a new array.
    public static double[] gradient(double[] z, int label) {
        double lse = logSumExp(z);
        double[] grad = new double[z.length];
        for (int j = 0; j < z.length; j++) grad[j] = Math.exp(z[j] - lse);
        grad[label] -= 1;
        return grad;
    }

    private static double logSumExp(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        for (double v : z) sum += Math.exp(v - max);
        return max + Math.log(sum);
    }
}
