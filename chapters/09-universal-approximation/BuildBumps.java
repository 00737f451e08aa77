///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.math.Matrix;
import nn.plot.Figure;

/// Chapter 9: a bump from two steep sigmoids, and a sum of bumps that approximates a function.
final Activation sigmoid = new Activation.Sigmoid();

// tag::bump[]
/// σ(k(x − a)) − σ(k(x − b)): close to 1 between a and b, close to 0 outside.
double bump(double x, double a, double b, double k) {
    return sigmoid.apply(k * (x - a)) - sigmoid.apply(k * (x - b));
}
// end::bump[]

// tag::sum-of-bumps[]
/// N bumps of width h = 1/N tile [0, 1]; bump i has the height of f at its midpoint.
double sumOfBumps(DoubleUnaryOperator f, int n, double k, double x) {
    double h = 1.0 / n, g = 0;
    for (int i = 0; i < n; i++) {
        g += f.applyAsDouble((i + 0.5) * h) * bump(x, i * h, (i + 1) * h, k);
    }
    return g;
}
// end::sum-of-bumps[]

void main() {
    for (double k : new double[] {10, 30, 100}) {
        IO.println("k = %3.0f   bump(0.5) = %.4f   bump(0.2) = %.4f   bump(0.8) = %.4f".formatted(
                k, bump(0.5, 0.4, 0.6, k), bump(0.2, 0.4, 0.6, k), bump(0.8, 0.4, 0.6, k)));
    }
    // expect: k = 100   bump(0.5) = 0.9999   bump(0.2) = 0.0000   bump(0.8) = 0.0000

    // tag::target[]
    DoubleUnaryOperator f = x -> Math.sin(2 * Math.PI * x) + 0.5 * Math.sin(6 * Math.PI * x);
    // end::target[]
    double[] xs = Matrix.linspace(0, 1, 1001).toArray();
    IO.println();
    IO.println("bumps  hidden units  max |f − g| on [0, 1]");
    var sums = Figure.of("Sums of bumps approximate f", "x", "y", 640, 400).legendOutside();
    double[] coarse = Matrix.linspace(0, 1, 41).toArray(); // dashes need segments of >= 12 px
    sums.dashed("f", coarse, Arrays.stream(coarse).map(f).toArray());
    for (int n : new int[] {5, 10, 25, 100}) {
        double k = 10.0 * n; // steepness grows with the number of bumps: k·h = 10
        double[] g = Arrays.stream(xs).map(x -> sumOfBumps(f, n, k, x)).toArray();
        double maxError = 0;
        for (int i = 0; i < xs.length; i++) {
            maxError = Math.max(maxError, Math.abs(f.applyAsDouble(xs[i]) - g[i]));
        }
        IO.println("%5d  %12d  %.4f".formatted(n, 2 * n, maxError));
        if (n != 100) sums.line("N = " + n, xs, g);
    }
    // expect:   100           200  0.0417
    IO.println("figure: " + sums.save("approximation-bump-sum").getFileName());

    var figure = Figure.of("A bump from two sigmoids (k = 40)", "x", "y", 640, 380);
    figure.legendOutside();
    for (double a : new double[] {0.4, 0.6}) {
        figure.dashed("σ(k(x − %.1f))".formatted(a), coarse,
                Arrays.stream(coarse).map(x -> sigmoid.apply(40 * (x - a))).toArray());
    }
    figure.line("difference", xs, Arrays.stream(xs).map(x -> bump(x, 0.4, 0.6, 40)).toArray());
    figure.range(0, 1, -0.05, 1.05);
    IO.println("figure: " + figure.save("approximation-bump").getFileName());
}
