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
        double[] gradient = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double original = w[i];
            w[i] = original + h;
            double plus = f.applyAsDouble(w);
            w[i] = original - h;
            double minus = f.applyAsDouble(w);
            w[i] = original;
            gradient[i] = (plus - minus) / (2 * h);
        }
        return gradient;
    }
}
