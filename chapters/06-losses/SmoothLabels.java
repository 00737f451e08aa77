///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.gradcheck.GradientCheck;
import nn.losses.LabelSmoothing;
import nn.math.Matrix;
import nn.math.Rng;
import nn.plot.Figure;
import nn.plot.FigureGrid;

/// Chapter 6: gradient descent on the ten logits of one example, with and without label
/// smoothing. Without it the logit gap grows forever; with it, it settles at ln(1 + k(1 − ε)/ε).
void main() {
    int k = 10, steps = 3000;
    Matrix y = Matrix.zeros(1, k);
    y.set(0, 0, 1);                                                  // true class 0
    var gap = Figure.of("Logit gap z₀ − z₁", "step", "gap", 360, 300);
    var loss = Figure.of("Loss", "step", "L", 360, 300);
    double[] t = java.util.stream.IntStream.range(0, steps).asDoubleStream().toArray();
    for (double epsilon : new double[] {0, 0.1}) {
        double[] gaps = new double[steps], losses = new double[steps];
        // tag::descend[]
        Matrix z = Matrix.zeros(1, k);
        for (int step = 0; step < steps; step++) {
            gaps[step] = z.get(0, 0) - z.get(0, 1);
            losses[step] = LabelSmoothing.value(z, y, epsilon);
            z.addInPlace(LabelSmoothing.gradient(z, y, epsilon), -1.0); // η = 1
        }
        // end::descend[]
        String name = "ε = %.1f".formatted(epsilon);
        gap.line(name, t, gaps);
        loss.line(name, t, losses);
        IO.println("%s: after %d steps gap = %.3f   loss = %.4f"
                .formatted(name, steps, gaps[steps - 1], losses[steps - 1]));
    }
    double epsilon = 0.1;
    double optimum = Math.log(1 + k * (1 - epsilon) / epsilon);
    double[] smoothed = LabelSmoothing.smooth(y, epsilon).toArray();
    double floor = 0;
    for (double p : smoothed) floor -= p * Math.log(p);              // H(y′)
    IO.println("ε = 0.1: ln(1 + k(1 − ε)/ε) = %.3f   H(y′) = %.4f".formatted(optimum, floor));
    // expect: ε = 0.1: ln(1 + k(1 − ε)/ε) = 4.511   H(y′) = 0.5003
    gap.dashed("ln 91", new double[] {0, steps}, new double[] {optimum, optimum});
    gap.range(0, steps, 0, 12).chart().getStyler()
            .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
    loss.range(0, steps, 0, 1).noLegend();
    IO.println("figure: " + FigureGrid.of(2).add(gap, loss).save("losses-label-smoothing")
            .getFileName());

    Matrix zCheck = Matrix.gaussian(4, k, 1, new Rng(6));
    Matrix yCheck = Matrix.zeros(4, k);
    for (int i = 0; i < 4; i++) yCheck.set(i, 3 * i, 1);
    var report = GradientCheck.compare("z", zCheck, m -> LabelSmoothing.value(m, yCheck, 0.1),
            LabelSmoothing.gradient(zCheck, yCheck, 0.1));
    IO.println("gradient check, ε = 0.1, 4 × 10 logits: passed at 1e-6: " + report.passed(1e-6));
    // expect: gradient check, ε = 0.1, 4 × 10 logits: passed at 1e-6: true
}
