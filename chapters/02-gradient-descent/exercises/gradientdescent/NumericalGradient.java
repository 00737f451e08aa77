package gradientdescent;

import java.util.function.ToDoubleFunction;

/// Exercise 2.4: the gradient of a function of several variables, one central difference per
/// variable.
public final class NumericalGradient {
    private NumericalGradient() {}

    /// Returns the array whose entry `i` is `(f(w + h·eᵢ) − f(w − h·eᵢ)) / 2h`, where `eᵢ` changes
    /// only entry `i`. Change `w[i]` in place to evaluate `f`, and put it back afterwards: when
    /// this method returns, `w` must hold exactly its original values.
    public static double[] of(ToDoubleFunction<double[]> f, double[] w, double h) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 2.4 not attempted yet");
    }
}
