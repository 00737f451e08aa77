///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.activations.Activation.*;
import nn.math.Matrix;
import nn.plot.Figure;
import nn.plot.FigureGrid;
import org.knowm.xchart.style.Styler;

/// Chapter 5: every activation with its derivative, one small chart each, in a 3 × 3 grid.
void main() {
    double[] z = Matrix.linspace(-5, 5, 401).toArray();
    // α = 0.1 for the leaky ReLU here (the engine's default is 0.01), so that its slope shows.
    List<Activation> activations = List.of(new Sigmoid(), new Tanh(), new ReLU(),
            new LeakyReLU(0.1), new ELU(1.0), new Softplus(), new Swish(), new GELU(),
            new GELUTanh());
    var grid = FigureGrid.of(3);
    for (Activation f : activations) {
        var panel = Figure.of(f.name(), "z", "", 270, 210).range(-5, 5, -1.2, 2.2);
        panel.line("f(z)", z, Arrays.stream(z).map(f::apply).toArray());
        panel.line("f'(z)", z, Arrays.stream(z).map(f::derivative).toArray());
        if (f instanceof Sigmoid) {
            panel.chart().getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        } else {
            panel.noLegend(); // one legend is enough
        }
        grid.add(panel);
    }
    IO.println("figure: " + grid.save("activations-grid").getFileName());

    // tag::max-slope[]
    double steepest = 0;
    double where = 0;
    for (double v : z) {
        double slope = new Sigmoid().derivative(v);
        if (slope > steepest) {
            steepest = slope;
            where = v;
        }
    }
    // end::max-slope[]
    IO.println("largest sigmoid slope on [-5, 5]: %.4f at z = %.2f".formatted(steepest, where));
    // expect: largest sigmoid slope on [-5, 5]: 0.2500 at z = 0.00
}
