package gradientdescent;

/// Exercise 2.1: one step of gradient descent, `w ← w − η·∇L(w)`.
public final class GradientStep {
    private GradientStep() {}

    /// Returns the new weights `w − learningRate·gradient`, entry by entry, as a new array;
    /// `w` itself must not change. Throws an `IllegalArgumentException` if `w` and `gradient`
    /// differ in length.
    public static double[] step(double[] w, double[] gradient, double learningRate) {
        if (w.length != gradient.length) {
            throw new IllegalArgumentException("%d weights but %d gradient entries"
                    .formatted(w.length, gradient.length));
        }
        double[] next = new double[w.length];
        for (int i = 0; i < w.length; i++) next[i] = w[i] - learningRate * gradient[i];
        return next;
    }
}
