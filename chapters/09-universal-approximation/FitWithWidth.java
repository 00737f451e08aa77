///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.plot.Figure;
import nn.train.Trainer;

/// Chapter 9: one hidden layer of 1, 3, 10 and 50 tanh units, trained to fit a wiggly function.
void main() {
    // tag::data[]
    DoubleUnaryOperator f = x -> Math.sin(x) + 0.5 * Math.sin(3 * x);
    Matrix x = Matrix.linspace(-3, 3, 100); // 100 × 1
    Matrix y = x.map(f);
    // end::data[]
    double[] xs = x.toArray(), coarse = Matrix.linspace(-3, 3, 41).toArray();
    var figure = Figure.of("One hidden layer, growing width", "x", "y", 640, 400).legendOutside();
    IO.println("width  parameters  final mse  max |f − g|");
    for (int width : new int[] {1, 3, 10, 50}) {
        // tag::fit-width[]
        var rng = new Rng(7);
        var model = new Sequential(new Dense(1, width, rng),
                new ActivationLayer(new Activation.Tanh()), new Dense(width, 1, rng));
        var history = new Trainer(new MeanSquaredError(), new Adam(0.01))
                .epochs(2000).batchSize(100).fit(model, x, y);
        // end::fit-width[]
        Matrix g = model.forward(x);
        double maxError = g.minus(y).map(Math::abs).max();
        IO.println("%5d  %10d  %9.5f  %11.4f".formatted(width,
                Sequential.count(model.parameters()), history.last().loss(), maxError));
        figure.line("width " + width, xs, g.toArray());
    }
    figure.dashed("f", coarse, Arrays.stream(coarse).map(f).toArray());
    IO.println("figure: " + figure.save("approximation-widths").getFileName());
    // expect:     1           4    0.04095       0.4664
    // expect:    50         151    0.00121       0.1433
}
