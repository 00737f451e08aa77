///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;

/// Chapter 3: the 2-3-1 sigmoid network of the lesson, one layer at a time and then in one go.
void main() {
    // tag::weights[]
    // The lesson's weights in the column convention z = W·a + b, one row per unit:
    Matrix w1 = Matrix.of(new double[] {0.5, -0.3},
                          new double[] {0.8, 0.2},
                          new double[] {-0.1, 0.9});
    Matrix w2 = Matrix.of(new double[] {-0.2, 0.4, 0.6});
    // Dense computes z = a·W + b with W of shape in × out: it takes the transposes.
    var hidden = Dense.of(w1.transpose(), Matrix.row(0.1, 0.2, -0.1)); // W 2×3
    var output = Dense.of(w2.transpose(), Matrix.row(0.3));             // W 3×1
    var sigmoid1 = new ActivationLayer(new Activation.Sigmoid());
    var sigmoid2 = new ActivationLayer(new Activation.Sigmoid());
    // end::weights[]

    // tag::layer-by-layer[]
    Matrix x = Matrix.row(1, 2);         // a⁽⁰⁾ = x, 1×2
    Matrix z1 = hidden.forward(x);       // z⁽¹⁾ = x·W⁽¹⁾ + b⁽¹⁾, 1×3
    Matrix a1 = sigmoid1.forward(z1);    // a⁽¹⁾ = σ(z⁽¹⁾), 1×3
    Matrix z2 = output.forward(a1);      // z⁽²⁾ = a⁽¹⁾·W⁽²⁾ + b⁽²⁾, 1×1
    Matrix a2 = sigmoid2.forward(z2);    // a⁽²⁾ = σ(z⁽²⁾), 1×1
    // end::layer-by-layer[]
    print("x ", x);
    print("z1", z1);
    print("a1", a1);
    print("z2", z2);
    print("a2", a2);
    // expect: z1 1×3 = [[0.0000, 1.4000, 1.6000]]
    // expect: a1 1×3 = [[0.5000, 0.8022, 0.8320]]
    // expect: z2 1×1 = [[1.0201]]
    // expect: a2 1×1 = [[0.7350]]

    // tag::sequential[]
    var network = new Sequential(hidden, sigmoid1, output, sigmoid2);
    Matrix yHat = network.forward(x);
    // end::sequential[]
    IO.println();
    IO.println(network.describe());
    IO.println("Sequential output: %.10f (layer by layer: %.10f)"
            .formatted(yHat.item(), a2.item()));
    // expect: Sequential output: 0.7349890756 (layer by layer: 0.7349890756)
}

void print(String name, Matrix m) {
    IO.println("%s %s = %s".formatted(name, m.shape(), m));
}
