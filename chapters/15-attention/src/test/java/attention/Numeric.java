package attention;

import java.util.function.ToDoubleFunction;

/// Central differences over the entries of an array, for the chapter 15 tests.
final class Numeric {
    private Numeric() {}

    /// `∂f/∂xⱼ ≈ (f(x + h·eⱼ) − f(x − h·eⱼ)) / 2h` for every `j`; `x` is left as it was.
    static double[] gradient(double[] x, ToDoubleFunction<double[]> f) {
        double h = 1e-5;
        double[] grad = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double original = x[j];
            x[j] = original + h;
            double plus = f.applyAsDouble(x);
            x[j] = original - h;
            double minus = f.applyAsDouble(x);
            x[j] = original;
            grad[j] = (plus - minus) / (2 * h);
        }
        return grad;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
        return sum;
    }

    static double sum(double[] a) {
        double sum = 0;
        for (double v : a) sum += v;
        return sum;
    }
}
