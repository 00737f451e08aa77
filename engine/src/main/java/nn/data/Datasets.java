package nn.data;

import nn.math.Matrix;
import nn.math.Rng;

/// Small data sets made from formulas, each seeded through an `Rng` so every run gives the same
/// points. The 2-D ones have binary labels 0/1 (like scikit-learn's `make_moons` and
/// `make_circles`): `x` is `n × 2`, `y` is the `n × 1` column of labels, rows shuffled.
/// MNIST digits live in `Mnist`.
public final class Datasets {
    private Datasets() {}

    /// XOR: the four corners of the unit square, labelled `x₁ ⊕ x₂`. No single neuron separates
    /// them (chapter 1); a hidden layer does (chapters 3 and 4). Rows in the order 00, 01, 10, 11.
    public static Dataset xor() {
        Matrix x = Matrix.of(new double[] {0, 0}, new double[] {0, 1},
                new double[] {1, 0}, new double[] {1, 1});
        return new Dataset(x, Matrix.column(0, 1, 1, 0), new int[] {0, 1, 1, 0}, "xor");
    }

    // tag::two-spirals[]
    /// Two interleaved spirals, 1.5 turns each: point `i` of class `c` has radius
    /// `r = (i + 1) / perClass` and angle `θ = 3π·r + c·π`, so class 1 is class 0 turned by half
    /// a turn; then `N(0, noise²)` is added to each coordinate. The classic hard case for a
    /// small network (chapter 9): the boundary must wind around the origin.
    public static Dataset twoSpirals(int perClass, double noise, Rng rng) {
        requireAtLeast("perClass", perClass, 1);
        double[][] points = new double[2 * perClass][];
        int[] labels = new int[2 * perClass];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < perClass; i++) {
                double r = (i + 1.0) / perClass;
                double theta = 3 * Math.PI * r + c * Math.PI;
                points[c * perClass + i] = new double[] {r * Math.cos(theta), r * Math.sin(theta)};
                labels[c * perClass + i] = c;
            }
        }
        return binary("two spirals", points, labels, noise, rng);
    }
    // end::two-spirals[]

    /// Two interlocking half circles (scikit-learn's `make_moons`): `n / 2` points evenly spaced
    /// on the upper unit half circle (class 0), the rest on a lower half circle centred at
    /// `(1, 0.5)` (class 1), plus `N(0, noise²)` noise. Chapter 9: a curved boundary.
    public static Dataset moons(int n, double noise, Rng rng) {
        requireAtLeast("n", n, 4);
        int outer = n / 2;
        double[][] points = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            boolean isOuter = i < outer;
            double t = isOuter ? Math.PI * i / (outer - 1)
                    : Math.PI * (i - outer) / (n - outer - 1);
            points[i] = isOuter
                    ? new double[] {Math.cos(t), Math.sin(t)}
                    : new double[] {1 - Math.cos(t), 0.5 - Math.sin(t)};
            labels[i] = isOuter ? 0 : 1;
        }
        return binary("moons", points, labels, noise, rng);
    }

    /// Two concentric circles (scikit-learn's `make_circles`): `n / 2` points evenly spaced on
    /// the unit circle (class 0), the rest on a circle of radius `factor` (class 1), plus
    /// `N(0, noise²)` noise. Chapter 9: a boundary that closes on itself.
    public static Dataset circles(int n, double noise, double factor, Rng rng) {
        requireAtLeast("n", n, 2);
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in [0, 1), got " + factor);
        }
        int outer = n / 2;
        double[][] points = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            boolean isOuter = i < outer;
            double radius = isOuter ? 1 : factor;
            double t = isOuter ? 2 * Math.PI * i / outer : 2 * Math.PI * (i - outer) / (n - outer);
            points[i] = new double[] {radius * Math.cos(t), radius * Math.sin(t)};
            labels[i] = isOuter ? 0 : 1;
        }
        return binary("circles", points, labels, noise, rng);
    }

    // tag::sum-regression[]
    /// Regression on `x ~ N(0, 1)` (`n × features`, 20 in the book) with target
    /// `y = Σⱼ xⱼ + N(0, noiseStd²)` (`n × 1`): the Keras example of chapter 10, where a network
    /// has to discover that the answer is a plain sum.
    public static Dataset sumRegression(int n, int features, double noiseStd, Rng rng) {
        requireAtLeast("n", n, 1);
        requireAtLeast("features", features, 1);
        Matrix x = Matrix.gaussian(n, features, 1, rng);
        Matrix noise = Matrix.gaussian(n, 1, noiseStd, rng);
        return new Dataset(x, x.rowSums().plus(noise), "sum of %d features".formatted(features));
    }
    // end::sum-regression[]

    /// Adds noise to the points, then shuffles the rows (noise first, then the permutation).
    private static Dataset binary(String name, double[][] points, int[] labels, double noise,
                                  Rng rng) {
        if (!(noise >= 0)) throw new IllegalArgumentException("noise must be >= 0, got " + noise);
        Matrix clean = Matrix.of(points);
        Matrix x = clean.plus(Matrix.gaussian(clean.rows(), clean.cols(), noise, rng));
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) y[i] = labels[i];
        return new Dataset(x, Matrix.column(y), labels, name).shuffled(rng);
    }

    private static void requireAtLeast(String what, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(
                    "%s must be >= %d, got %d".formatted(what, least, value));
        }
    }
}
