package gradientdescent;

/// Exercise 2.1: one step of gradient descent, `w ← w − η·∇L(w)`.
public final class GradientStep {
    private GradientStep() {}

    /// Returns the new weights `w − learningRate·gradient`, entry by entry, as a new array;
    /// `w` itself must not change. Throws an `IllegalArgumentException` if `w` and `gradient`
    /// differ in length.
    public static double[] step(double[] w, double[] gradient, double learningRate) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 2.1 not attempted yet");
    }
}
