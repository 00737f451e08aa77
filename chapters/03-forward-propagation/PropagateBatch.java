///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 3: a 4-8-6-3 network on a batch of 10 examples, with the shape after every layer.
void main() {
    // tag::network[]
    var rng = new Rng(42);
    var network = new Sequential(
            new Dense(4, 8, rng), new ActivationLayer(new Activation.Sigmoid()),
            new Dense(8, 6, rng), new ActivationLayer(new Activation.Sigmoid()),
            new Dense(6, 3, rng), new ActivationLayer(new Activation.Sigmoid()));
    Matrix x = Matrix.gaussian(10, 4, 1, rng); // 10 examples, one per row
    // end::network[]

    // tag::shapes[]
    IO.println("%-22s %s".formatted("input x", x.shape()));
    Matrix a = x;
    for (Layer layer : network.layers()) {
        a = layer.forward(a);
        IO.println("%-22s %s".formatted(layer.describe(), a.shape()));
    }
    // end::shapes[]
    // expect: Dense(4 → 8)           10×8
    // expect: Activation(sigmoid)    10×3
    IO.println();
    IO.println("first three rows of the output:");
    for (int i = 0; i < 3; i++) IO.println(a.row(i).format("%.4f"));

    // tag::loop[]
    double largest = 0;
    for (int i = 0; i < x.rows(); i++) {
        Matrix one = network.forward(x.row(i)); // 1×4 in, 1×3 out
        largest = Math.max(largest, one.minus(a.row(i)).map(Math::abs).max());
    }
    // end::loop[]
    IO.println("row by row and as one batch agree to 1e-12: " + (largest < 1e-12));
    // expect: row by row and as one batch agree to 1e-12: true
}
