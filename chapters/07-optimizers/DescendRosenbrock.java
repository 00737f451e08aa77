///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.optim.*;
import nn.math.Matrix;
import nn.plot.Contours;
import nn.plot.Figure;
import nn.plot.FigureGrid;

/// Chapter 7: six optimizers on the Rosenbrock function from (−1.5, 2), 2000 steps each.
// tag::rosenbrock[]
double f(double[] w) {
    double x = w[0], y = w[1];
    return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
}

double[] gradient(double[] w) {
    double x = w[0], y = w[1];
    return new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
}
// end::rosenbrock[]

// tag::optimizers[]
/// Each optimizer as a function of its learning rate η.
Map<String, DoubleFunction<Optimizer>> optimizers() {
    var optimizers = new LinkedHashMap<String, DoubleFunction<Optimizer>>();
    optimizers.put("SGD", SGD::new);
    optimizers.put("momentum", eta -> new Momentum(eta, 0.9));
    optimizers.put("Nesterov", eta -> new Nesterov(eta, 0.9));
    optimizers.put("Adagrad", Adagrad::new);
    optimizers.put("RMSprop", RMSprop::new);
    optimizers.put("Adam", Adam::new);
    return optimizers;
}
// end::optimizers[]

void main() {
    double[] rates = {1e-4, 1e-3, 2e-3, 1e-2, 3e-2, 0.1, 0.3, 1};
    IO.println("f(x, y) after 2000 steps from (-1.5, 2), for each learning rate η");
    IO.println("η          "
            + Arrays.stream(rates).mapToObj("%-9.0e"::formatted).reduce("", String::concat));
    optimizers().forEach((name, make) -> {
        var row = new StringBuilder("%-10s ".formatted(name));
        for (double eta : rates) {
            row.append("%-9s".formatted(finalLoss(run(make.apply(eta), 2000))));
        }
        IO.println(row);
    });

    // tag::chosen[]
    Map<String, Double> chosen = Map.of("SGD", 1e-3, "momentum", 1e-3, "Nesterov", 1e-3,
            "Adagrad", 1.0, "RMSprop", 1e-2, "Adam", 0.03);
    // end::chosen[]
    var momentumPaths = pathFigure("SGD, momentum, Nesterov");
    var adaptivePaths = pathFigure("Adagrad, RMSprop, Adam");
    var curves = Figure.of("Rosenbrock: f(x, y) per step", "step", "f(x, y)", 640, 400).logY();
    curves.chart().getStyler().setXAxisDecimalPattern("#");
    var ends = new LinkedHashMap<String, double[]>();
    optimizers().forEach((name, make) -> {
        double[][] path = run(make.apply(chosen.get(name)), 2000);
        boolean family = List.of("SGD", "momentum", "Nesterov").contains(name);
        var panel = family ? momentumPaths : adaptivePaths;
        String label = "%s η=%s".formatted(name, chosen.get(name));
        panel.line(label, column(path, 0, 300), column(path, 1, 300));
        ends.put(label, path[300]);
        double[] every10 = IntStream.range(0, 201).asDoubleStream().map(t -> 10 * t).toArray();
        curves.line(name, every10, Arrays.stream(every10).map(t -> f(path[(int) t])).toArray());
    });
    ends.forEach((label, w) -> markPoint(momentumPaths.chart().getSeriesMap().containsKey(label)
            ? momentumPaths : adaptivePaths, label, w));
    for (Figure panel : List.of(momentumPaths, adaptivePaths)) {
        panel.points("minimum (1, 1)", new double[] {1}, new double[] {1});
    }
    FigureGrid.of(2).add(momentumPaths, adaptivePaths).save("optimizers-rosenbrock-paths");
    curves.legendOutside().save("optimizers-rosenbrock-loss");
}

double[][] run(Optimizer optimizer, int steps) {
    return Descent.path(optimizer, new double[] {-1.5, 2}, this::gradient, steps);
}

String finalLoss(double[][] path) {
    double loss = f(path[path.length - 1]);
    return Double.isFinite(loss) && loss < 1e6 ? "%.1e".formatted(loss) : "diverged";
}

/// The closed level line f = c: y = x² ± √((c − (1 − x)²) / 100) for |1 − x| ≤ √c.
void addLevel(Figure figure, double c) {
    double[] xs = Matrix.linspace(1 - Math.sqrt(c), 1 + Math.sqrt(c), 301).toArray();
    double[] x = new double[2 * xs.length], y = new double[2 * xs.length];
    for (int i = 0; i < xs.length; i++) {
        double h = Math.sqrt(Math.max(0, c - (1 - xs[i]) * (1 - xs[i])) / 100);
        x[i] = xs[i];
        y[i] = xs[i] * xs[i] + h;
        x[x.length - 1 - i] = xs[i];
        y[y.length - 1 - i] = xs[i] * xs[i] - h;
    }
    Contours.add(figure, "f = " + c, x, y);
}

Figure pathFigure(String title) {
    var figure = Figure.of(title + ": 300 steps", "x", "y", 420, 440);
    for (double c : new double[] {0.3, 1.5, 5, 20, 60, 200}) addLevel(figure, c);
    figure.chart().getStyler()
            .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideS);
    figure.chart().getStyler().setMarkerSize(11);
    return figure.range(-2, 2, -1, 3);
}

/// A dot where the series `label` stands after 300 steps, in its colour, not in the legend.
void markPoint(Figure figure, String label, double[] w) {
    var series = figure.chart().getSeriesMap().get(label);
    var dot = figure.chart().addSeries(label + " at 300", new double[] {w[0]}, new double[] {w[1]});
    dot.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
    dot.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
    dot.setMarkerColor(series.getLineColor());
    dot.setShowInLegend(false);
}

double[] column(double[][] rows, int j, int steps) {
    return Arrays.stream(rows).limit(steps + 1).mapToDouble(r -> r[j]).toArray();
}
// expect: SGD        5.3e+00  2.0e-01  4.6e-05  diverged diverged diverged diverged diverged
// expect: Nesterov   2.0e-01  5.8e-09  diverged diverged diverged diverged diverged diverged
// expect: Adam       5.9e+00  5.2e+00  3.9e+00  7.7e-03  7.8e-08  5.5e-23  7.8e-25  2.0e-01
