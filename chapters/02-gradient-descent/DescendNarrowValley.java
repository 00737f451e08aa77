///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.plot.Figure;

/// Chapter 2: gradient descent in the narrow valley f(x, y) = ½(x² + κy²): zig-zags, the
/// stability limit η < 2/κ, and how the number of steps grows with the condition number κ.
// tag::valley[]
double f(double[] w, double kappa) {
    return 0.5 * (w[0] * w[0] + kappa * w[1] * w[1]); // ½(x² + κy²)
}

double[] gradient(double[] w, double kappa) {
    return new double[] {w[0], kappa * w[1]};         // ∇f = (x, κy)
}
// end::valley[]

double[][] descend(double[] start, double kappa, double learningRate, int steps) {
    double[][] path = new double[steps + 1][];
    path[0] = start.clone();
    for (int t = 1; t <= steps; t++) {
        double[] g = gradient(path[t - 1], kappa);
        path[t] = new double[] {path[t - 1][0] - learningRate * g[0], path[t - 1][1] - learningRate * g[1]};
    }
    return path;
}

void main() {
    double[] start = {-9, 2};
    var figure = Figure.of("f(x, y) = ½(x² + 10y²): contours and two paths", "x", "y", 720, 400).legendOutside();
    for (double level : new double[] {0.5, 2, 6, 15, 30, 60}) {   // f = level is an ellipse
        double[] t = nn.math.Matrix.linspace(0, 2 * Math.PI, 121).toArray();
        String name = "f = " + level;
        figure.line(name, Arrays.stream(t).map(s -> Math.sqrt(2 * level) * Math.cos(s)).toArray(),
                Arrays.stream(t).map(s -> Math.sqrt(2 * level / 10) * Math.sin(s)).toArray());
        figure.chart().getSeriesMap().get(name).setLineColor(java.awt.Color.LIGHT_GRAY).setLineWidth(1f).setShowInLegend(false);
    }
    var colors = List.of(new java.awt.Color(0x0072B2), new java.awt.Color(0xD55E00));
    for (double learningRate : new double[] {0.05, 0.18}) {
        double[][] path = descend(start, 10, learningRate, 30);
        String name = "η = " + learningRate;
        figure.line(name, column(path, 0), column(path, 1));
        var series = figure.chart().getSeriesMap().get(name);
        series.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
        series.setLineColor(colors.get(learningRate < 0.1 ? 0 : 1));
        series.setMarkerColor(colors.get(learningRate < 0.1 ? 0 : 1));
        IO.println("κ = 10, η = %.2f: after 30 steps (x, y) = (%.4f, %.4f), f = %.6f"
                .formatted(learningRate, path[30][0], path[30][1], f(path[30], 10)));
    }
    figure.chart().getStyler().setMarkerSize(5);
    IO.println("figure: " + figure.range(-11.5, 11.5, -3.8, 3.8).save("gradient-descent-valley").getFileName());

    IO.println();
    IO.println("    κ   limit 2/κ   best η = 2/(1+κ)   factor (κ−1)/(κ+1)   steps to f < 1e-6");
    for (double kappa : new double[] {1, 10, 100, 1000}) {
        // tag::best-rate[]
        double best = 2 / (1 + kappa); // makes |1 − η·1| = |1 − η·κ|
        // end::best-rate[]
        double[] w = start.clone();
        int steps = 0;
        while (f(w, kappa) >= 1e-6) {
            double[] g = gradient(w, kappa);
            w = new double[] {w[0] - best * g[0], w[1] - best * g[1]};
            steps++;
        }
        IO.println("%5.0f   %9.4f   %16.4f   %18.4f   %17d".formatted(kappa, 2 / kappa, best, (kappa - 1) / (kappa + 1), steps));
    }
}

double[] column(double[][] rows, int j) {
    return Arrays.stream(rows).mapToDouble(r -> r[j]).toArray();
}
// expect: κ = 10, η = 0.18: after 30 steps (x, y) = (-0.0234, 0.0025), f = 0.000304
// expect: 10      0.2000             0.1818               0.8182                  45
