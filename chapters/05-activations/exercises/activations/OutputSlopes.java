package activations;

/// Exercise 5.3: the slopes of sigmoid and tanh written in terms of their outputs `a = f(z)`,
/// so that a backward pass can use the outputs it already has instead of recomputing `f(z)`.
public final class OutputSlopes {
    private OutputSlopes() {}

    /// Returns `σ'(z)` given only `a = σ(z)`.
    public static double sigmoid(double a) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 5.3 not attempted yet");
    }

    /// Returns `tanh'(z)` given only `a = tanh(z)`.
    public static double tanh(double a) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 5.3 not attempted yet");
    }

    /// The backward pass of a sigmoid layer from its outputs: returns `gradIn` with
    /// `gradIn[i] = gradOut[i]·σ'(zᵢ)`, where `a[i] = σ(zᵢ)`. Throws an
    /// `IllegalArgumentException` if the arrays differ in length.
    public static double[] sigmoidBackward(double[] a, double[] gradOut) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 5.3 not attempted yet");
    }
}
