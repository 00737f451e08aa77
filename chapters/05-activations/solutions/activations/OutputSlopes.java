package activations;

/// Exercise 5.3: the slopes of sigmoid and tanh written in terms of their outputs `a = f(z)`,
/// so that a backward pass can use the outputs it already has instead of recomputing `f(z)`.
public final class OutputSlopes {
    private OutputSlopes() {}

    /// Returns `σ'(z)` given only `a = σ(z)`.
    public static double sigmoid(double a) {
        return a * (1 - a);
    }

    /// Returns `tanh'(z)` given only `a = tanh(z)`.
    public static double tanh(double a) {
        return 1 - a * a;
    }

    /// The backward pass of a sigmoid layer from its outputs: returns `gradIn` with
    /// `gradIn[i] = gradOut[i]·σ'(zᵢ)`, where `a[i] = σ(zᵢ)`. Throws an
    /// `IllegalArgumentException` if the arrays differ in length.
    public static double[] sigmoidBackward(double[] a, double[] gradOut) {
        if (a.length != gradOut.length) {
            throw new IllegalArgumentException("%d outputs but %d gradients"
                    .formatted(a.length, gradOut.length));
        }
        double[] gradIn = new double[a.length];
        for (int i = 0; i < a.length; i++) gradIn[i] = gradOut[i] * sigmoid(a[i]);
        return gradIn;
    }
}
