///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.gradcheck.GradientCheck;
import nn.math.Matrix;
import nn.plot.Figure;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/// Chapter 2: forward and central differences for the derivative of sin at x = 1, for step
/// sizes h from 0.1 down to 1e-12, and a numerical check of the valley's gradient.
void main() {
    DoubleUnaryOperator f = Math::sin;
    double x = 1.0, exact = Math.cos(1.0);
    int n = 12;
    double[] hs = new double[n], forwardErrors = new double[n], centralErrors = new double[n];
    IO.println("     h        forward error   central error");
    for (int k = 0; k < n; k++) {
        double h = Math.pow(10, -(k + 1));
        // tag::differences[]
        double forward = (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
        double central =
                (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        // end::differences[]
        hs[k] = h;
        forwardErrors[k] = Math.abs(forward - exact);
        centralErrors[k] = Math.abs(central - exact);
        IO.println("  %.0e      %.3e      %.3e".formatted(h, forwardErrors[k], centralErrors[k]));
    }
    // expect: 1e-01      4.294e-02      9.001e-04
    // expect: 1e-03      4.208e-04      9.005e-08

    IO.println();
    // tag::check-valley[]
    double kappa = 10;
    var w = Matrix.row(-9, 2);
    var analytic = Matrix.row(w.get(0, 0), kappa * w.get(0, 1)); // ∇f = (x, κy)
    ToDoubleFunction<Matrix> valley = m ->                          // ½(x² + κy²)
            0.5 * (Math.pow(m.get(0, 0), 2) + kappa * Math.pow(m.get(0, 1), 2));
    var report = GradientCheck.compare("w", w, valley, analytic);
    // end::check-valley[]
    IO.print(report.table());
    IO.println("every relative error below 1e-7: " + report.passed(1e-7));
    // The same check against a gradient that forgot the ½:
    var wrong = GradientCheck.compare("w", w, valley, Matrix.row(2 * -9, 2 * kappa * 2));
    IO.println("with the ½ forgotten, first wrong entry: " + wrong.firstWrong(1e-7));
    // expect: every relative error below 1e-7: true
    // expect: with the ½ forgotten, first wrong entry: w[0][0]: analytic -18.0000000000, numeric -8.9999999997, relative error 3.33e-01

    var figure = Figure.of("Error of the numerical derivative of sin at x = 1", "step h", "error",
            640, 400).logX().logY();
    figure.chart().getStyler()
            .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
    figure.line("forward (f(x+h) − f(x)) / h", hs, forwardErrors);
    figure.line("central (f(x+h) − f(x−h)) / 2h", hs, centralErrors);
    figure.range(1e-12, 0.1, 1e-13, 1);
    IO.println("figure: " + figure.save("gradient-descent-differences").getFileName());
}
