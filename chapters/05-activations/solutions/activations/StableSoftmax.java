package activations;

/// Exercise 5.2: softmax `aⱼ = e^(zⱼ) / Σₖ e^(zₖ)` that survives scores like `z = 1000`.
public final class StableSoftmax {
    private StableSoftmax() {}

    /// Returns the softmax of `z` as a new array (leave `z` unchanged). Subtract `max(z)` from
    /// every score before exponentiating, so that no `e^(...)` exceeds 1 and none overflows.
    public static double[] of(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double[] a = new double[z.length];
        double sum = 0;
        for (int j = 0; j < z.length; j++) {
            a[j] = Math.exp(z[j] - max);
            sum += a[j];
        }
        for (int j = 0; j < z.length; j++) a[j] /= sum;
        return a;
    }
}
