///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.plot.Figure;

/// Chapter 2: the same descent on f(x) = x² from x = 5 with a learning rate that is too small,
/// one that is about right, and one that is too large.
void main() {
    double[] learningRates = {0.01, 0.3, 1.1};
    String[] verdicts = {"too small", "about right", "too large"};
    double[] steps = java.util.stream.IntStream.rangeClosed(0, 20).asDoubleStream().toArray();
    var figure = Figure.of("Loss per step on f(x) = x² from x = 5", "step", "f(x), log scale",
            640, 400).logY();
    var styler = figure.chart().getStyler();
    styler.setPlotGridLinesVisible(false).setAxisTicksMarksVisible(false);
    styler.setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSW);
    IO.println("   η    1 − 2η   f after 20 steps   verdict");
    for (int r = 0; r < learningRates.length; r++) {
        double learningRate = learningRates[r];
        double[] loss = new double[21];
        // tag::rates[]
        double x = 5.0;
        loss[0] = x * x;
        for (int step = 1; step <= 20; step++) {
            x -= learningRate * 2 * x; // x ← x − η·2x = (1 − 2η)·x
            loss[step] = x * x;
        }
        // end::rates[]
        IO.println("%5.2f  %6.2f   %15.6g   %s"
                .formatted(learningRate, 1 - 2 * learningRate, loss[20], verdicts[r]));
        figure.line("η = " + learningRate + ", " + verdicts[r], steps, loss);
    }
    // expect: 0.01    0.98           11.1425   too small
    // expect: 1.10   -1.20           36744.3   too large
    IO.println("double: machine epsilon %.3g, smallest normal number %.3g"
            .formatted(Math.ulp(1.0), Double.MIN_NORMAL));
    // expect: double: machine epsilon 2.22e-16, smallest normal number 2.23e-308
    figure.range(0, 20, 1e-15, 1e5);
    IO.println("figure: " + figure.save("gradient-descent-rates").getFileName());
}
