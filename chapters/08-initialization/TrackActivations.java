///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.init.Initializer;
import nn.math.Matrix;
import nn.math.Rng;
import nn.plot.Figure;
import nn.plot.FigureGrid;
import nn.plot.Histogram;

/// Chapter 8: activations through 10 layers of 100 units for four starting-weight rules.
// tag::schemes[]
Map<String, Initializer> schemes() {
    var schemes = new LinkedHashMap<String, Initializer>();
    schemes.put("N(0, 1)", new Initializer.Normal(1));
    schemes.put("N(0, 0.01²)", new Initializer.Normal(0.01));
    schemes.put("Xavier", new Initializer.XavierNormal());
    schemes.put("He", new Initializer.HeNormal());
    return schemes;
}
// end::schemes[]

// tag::forward[]
/// The activations of `depth` layers of width 100, for 500 inputs x ~ N(0, 1).
List<Matrix> activations(Initializer init, Activation f, int depth) {
    var rng = new Rng(8);
    Matrix a = Matrix.gaussian(500, 100, 1, rng);
    List<Matrix> layers = new ArrayList<>();
    for (int layer = 1; layer <= depth; layer++) {
        a = f.apply(a.times(init.init(100, 100, rng))); // a = f(a·W), biases 0
        layers.add(a);
    }
    return layers;
}
// end::forward[]

void main() {
    var stdFigures = new ArrayList<Figure>();
    for (Activation f : List.of(new Activation.Tanh(), new Activation.ReLU())) {
        IO.println("%s: standard deviation of the activations in layers 1, 2, 5, 10"
                .formatted(f.name()));
        var histograms = new ArrayList<Figure>();
        var std = Figure.of(f.name() + ": std of activations", "layer", "std", 540, 380)
                .logY().legendOutside();
        schemes().forEach((name, init) -> {
            List<Matrix> layers = activations(init, f, 10);
            double[] stds = layers.stream().mapToDouble(this::std).toArray();
            IO.println("  %-12s %10.3e %10.3e %10.3e %10.3e"
                    .formatted(name, stds[0], stds[1], stds[4], stds[9]));
            std.line(name, IntStream.rangeClosed(1, 10).asDoubleStream().toArray(), stds);
            histograms.add(histogramPanel(f, name, layers, stds));
        });
        FigureGrid.of(2).add(histograms).save("initialization-" + f.name() + "-histograms");
        boolean relu = f instanceof Activation.ReLU;
        stdFigures.add(relu ? std.range(1, 10, 1e-12, 1e9) : std.range(1, 10, 1e-11, 3));
    }
    FigureGrid.of(2).add(stdFigures).save("initialization-std-per-layer");
}

/// Histograms of layers 1, 4, 7 and 10 (for ReLU only the values > 0). The x range fits the
/// widest layer; the y range fits every layer at least a quarter as wide, so the spikes of
/// collapsed layers run off the top.
Figure histogramPanel(Activation f, String scheme, List<Matrix> layers, double[] stds) {
    boolean relu = f instanceof Activation.ReLU;
    int[] shown = {0, 3, 6, 9};
    double widest = Arrays.stream(shown).mapToDouble(l -> stds[l]).max().orElseThrow();
    double min = relu ? 0 : -1, max = relu ? niceCeiling(4 * widest) : 1;
    var figure = Figure.of(f.name() + ", " + scheme, relu ? "a > 0" : "a", "density", 420, 300);
    double top = 0;
    for (int l : shown) {
        double[] values = Arrays.stream(layers.get(l).toArray())
                .filter(v -> !relu || v > 0).toArray();
        var h = Histogram.of(values, min, max, 40);
        figure.line("layer " + (l + 1), h.stepX(), h.stepY());
        if (stds[l] >= widest / 4) top = Math.max(top, Arrays.stream(h.density()).max().orElse(1));
    }
    return figure.range(min, max, 0, 1.2 * top);
}

/// The smallest of 1, 2, 5 times a power of ten that is ≥ v, for round axis ends.
double niceCeiling(double v) {
    double power = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) if (m * power >= v) return m * power;
    return 10 * power;
}

double std(Matrix a) {
    double mean = a.mean();
    return Math.sqrt(a.map(v -> (v - mean) * (v - mean)).mean());
}
// expect: He            8.233e-01  7.818e-01  7.701e-01  6.007e-01
// expect: N(0, 0.01²)   9.829e-02  9.751e-03  9.679e-06  9.555e-11
