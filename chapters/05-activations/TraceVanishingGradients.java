///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.init.Initializer;
import nn.layers.*;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import nn.plot.Figure;

/// Chapter 5: the gradient norm of every layer of a 15-layer network after one backward pass,
/// with sigmoid, tanh and ReLU hidden units (same seed, same data).
static final int DEPTH = 15;
static final int WIDTH = 32;

void main() {
    var data = new Rng(5);
    Matrix x = Matrix.gaussian(64, WIDTH, 1, data);
    Matrix y = Matrix.gaussian(64, 1, 1, data);
    var figure = Figure.of("Gradient norm per layer after one backward pass", "layer",
            "‖∂L/∂W‖ (log scale)", 640, 400).legendOutside().logY();
    double[] layers = java.util.stream.IntStream.rangeClosed(1, DEPTH).asDoubleStream().toArray();
    double[][] norms = {
        gradNorms(new Activation.Sigmoid(), new Initializer.XavierNormal(), x, y),
        gradNorms(new Activation.Tanh(), new Initializer.XavierNormal(), x, y),
        gradNorms(new Activation.ReLU(), new Initializer.HeNormal(), x, y)};
    IO.println("layer   sigmoid      tanh      relu");
    for (int l = 0; l < DEPTH; l++) {
        IO.println("%5d  %.2e  %.2e  %.2e".formatted(l + 1, norms[0][l], norms[1][l], norms[2][l]));
    }
    String[] names = {"sigmoid", "tanh", "relu"};
    for (int k = 0; k < 3; k++) {
        IO.println("%-8s first layer / last layer = %.1e".formatted(names[k],
                norms[k][0] / norms[k][DEPTH - 1]));
        figure.line(names[k], layers, norms[k]);
    }
    IO.println("figure: " + figure.save("activations-vanishing").getFileName());
    // expect: sigmoid  first layer / last layer = 9.4e-10
    // expect: tanh     first layer / last layer = 8.9e-01
}

// tag::deep-net[]
/// ‖∂L/∂W‖ of each hidden Dense layer, first to last, after one backward
/// pass of the mean squared error.
double[] gradNorms(Activation f, Initializer init, Matrix x, Matrix y) {
    var rng = new Rng(42); // the same draws for every activation
    List<Layer> layers = new ArrayList<>();
    List<Dense> hidden = new ArrayList<>();
    for (int l = 0; l < DEPTH; l++) {
        var dense = new Dense(WIDTH, WIDTH, init, rng);
        hidden.add(dense);
        layers.add(dense);
        layers.add(new ActivationLayer(f));
    }
    layers.add(new Dense(WIDTH, 1, init, rng));
    var net = new Sequential(layers.toArray(Layer[]::new));
    Matrix yHat = net.forward(x);
    net.backward(new MeanSquaredError().gradient(yHat, y));
    return hidden.stream().mapToDouble(d -> d.weights().grad().norm())
            .toArray();
}
// end::deep-net[]
