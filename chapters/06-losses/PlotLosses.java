///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.losses.*;
import nn.math.Matrix;
import nn.plot.Figure;
import nn.plot.FigureGrid;
import org.knowm.xchart.style.Styler.LegendPosition;

/// Chapter 6: the loss of one example, and its gradient, for the regression losses (against the
/// residual ŷ − y) and for binary cross-entropy (against the predicted probability).
void main() {
    double[] r = Matrix.linspace(-2.5, 2.5, 501).toArray();
    var value = Figure.of("Loss of one example", "residual ŷ − y", "L", 360, 300);
    var slope = Figure.of("Its gradient ∂L/∂ŷ", "residual ŷ − y", "∂L/∂ŷ", 360, 300);
    for (Loss loss : List.of(new MeanSquaredError(), new MeanAbsoluteError(), new Huber(1.0))) {
        value.line(loss.name(), r, Arrays.stream(r).map(v -> loss.value(one(v), one(0))).toArray());
        slope.line(loss.name(), r, Arrays.stream(r).map(v -> gradient(loss, v, 0)).toArray());
    }
    value.range(-2.5, 2.5, 0, 4).chart().getStyler().setLegendPosition(LegendPosition.InsideN);
    slope.range(-2.5, 2.5, -5, 5).noLegend();
    IO.println("figure: " + FigureGrid.of(2).add(value, slope).save("losses-regression")
            .getFileName());

    double[] p = Matrix.linspace(0.005, 0.995, 199).toArray();
    var bce = new BinaryCrossEntropy();
    var bceValue = Figure.of("Binary cross-entropy", "predicted probability ŷ", "L", 360, 300);
    var bceSlope = Figure.of("Its gradient ∂L/∂ŷ", "predicted probability ŷ", "∂L/∂ŷ", 360, 300);
    for (double target : new double[] {1, 0}) {
        String name = "y = %.0f".formatted(target);
        bceValue.line(name, p,
                Arrays.stream(p).map(v -> bce.value(one(v), one(target))).toArray());
        bceSlope.line(name, p, Arrays.stream(p).map(v -> gradient(bce, v, target)).toArray());
    }
    bceValue.range(0, 1, 0, 5).chart().getStyler().setLegendPosition(LegendPosition.InsideN);
    bceSlope.range(0, 1, -20, 20).noLegend();
    IO.println("figure: " + FigureGrid.of(2).add(bceValue, bceSlope).save("losses-bce")
            .getFileName());
    // tag::bce-points[]
    for (double v : new double[] {0.9, 0.5, 0.1, 0.01}) {
        String format = "y = 1, ŷ = %.2f:   bce = %6.3f   ∂L/∂ŷ = %8.3f   mse = %.3f";
        IO.println(format.formatted(v, bce.value(one(v), one(1)), gradient(bce, v, 1),
                        new MeanSquaredError().value(one(v), one(1))));
    }
    // end::bce-points[]
    // expect: y = 1, ŷ = 0.01:   bce =  4.605   ∂L/∂ŷ = -100.000   mse = 0.980
}

/// A 1 × 1 matrix: one example with one output.
Matrix one(double v) {
    return Matrix.row(v);
}

double gradient(Loss loss, double yHat, double y) {
    return loss.gradient(one(yHat), one(y)).item();
}
