///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.math.Matrix;
import nn.optim.Descent;
import nn.optim.Momentum;
import nn.optim.Nesterov;
import nn.optim.Optimizer;
import nn.optim.SGD;
import nn.plot.Contours;
import nn.plot.Figure;

/// Chapter 7: SGD, momentum and Nesterov in the narrow valley f(x, y) = ½(x² + 50y²).
// tag::valley[]
double f(double[] w) { return 0.5 * (w[0] * w[0] + 50 * w[1] * w[1]); }

// ∇f = (x, 50y)
double[] gradient(double[] w) { return new double[] {w[0], 50 * w[1]}; }
// end::valley[]

void main() {
    // tag::run[]
    double learningRate = 0.025;
    var optimizers = new LinkedHashMap<String, Optimizer>();
    optimizers.put("SGD", new SGD(learningRate));
    optimizers.put("momentum", new Momentum(learningRate, 0.9));
    optimizers.put("Nesterov", new Nesterov(learningRate, 0.9));
    var paths = new LinkedHashMap<String, double[][]>();
    double[] start = {-8, 1};
    optimizers.forEach((name, optimizer) ->
            paths.put(name, Descent.path(optimizer, start, this::gradient, 150)));
    // end::run[]
    IO.println("optimizer   f after 10    f after 50    f after 150   steps to f < 1e-6");
    paths.forEach((name, path) -> IO.println("%-10s %12.3e %13.3e %13.3e   %s".formatted(name,
            f(path[10]), f(path[50]), f(path[150]), stepsBelow(path, 1e-6))));

    var figure = Figure.of("Paths in the valley f = ½(x² + 50y²), η = 0.025", "x", "y", 640, 360);
    for (double c : new double[] {0.5, 2, 8, 20, 40}) {
        double[] t = Matrix.linspace(0, 2 * Math.PI, 200).toArray();
        Contours.add(figure, "f = " + c, Arrays.stream(t).map(s -> Math.sqrt(2 * c) * Math.cos(s)).toArray(),
                Arrays.stream(t).map(s -> Math.sqrt(2 * c / 50) * Math.sin(s)).toArray());
    }
    paths.forEach((name, path) -> figure.line(name, column(path, 0, 60), column(path, 1, 60)));
    figure.range(-10, 3, -1.5, 1.5).legendOutside().save("optimizers-valley-paths");

    var curves = Figure.of("Loss per step in the valley", "step", "f(x, y)", 640, 360).logY();
    paths.forEach((name, path) -> curves.line(name, steps(path.length),
            Arrays.stream(path).mapToDouble(this::f).toArray()));
    curves.legendOutside().save("optimizers-valley-loss");
}

String stepsBelow(double[][] path, double level) {
    for (int t = 0; t < path.length; t++) if (f(path[t]) < level) return String.valueOf(t);
    return "more than " + (path.length - 1);
}

double[] column(double[][] rows, int j, int count) {
    return Arrays.stream(rows).limit(count + 1).mapToDouble(r -> r[j]).toArray();
}

double[] steps(int n) { return java.util.stream.IntStream.range(0, n).asDoubleStream().toArray(); }
// expect: SGD           1.929e+01     2.545e+00     1.609e-02   more than 150
// expect: Nesterov      8.970e-01     1.299e-02     9.263e-08   95
