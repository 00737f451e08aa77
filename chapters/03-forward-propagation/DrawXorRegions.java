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
import nn.plot.DecisionRegions;

/// Chapter 3: a 2-2-1 step network computes XOR as AND(OR, NAND); without the steps it cannot.
void main() {
    // tag::xor-network[]
    // Column 0: the OR unit x₁ + x₂ − 0.5. Column 1: the NAND unit −x₁ − x₂ + 1.5.
    Matrix w1 = Matrix.of(new double[] {1, -1},
                          new double[] {1, -1});
    var hidden = Dense.of(w1, Matrix.row(-0.5, 1.5));
    var output = Dense.of(Matrix.column(1, 1), Matrix.row(-1.5)); // h₁ + h₂ − 1.5
    var step = new Activation.Step();
    var xor = new Sequential(hidden, new ActivationLayer(step),
                             output, new ActivationLayer(step));
    var linear = new Sequential(hidden, output, new ActivationLayer(step));
    // end::xor-network[]

    Matrix x = Matrix.of(new double[] {0, 0}, new double[] {0, 1},
                         new double[] {1, 0}, new double[] {1, 1});
    Matrix h = step.apply(hidden.forward(x));
    Matrix withSteps = xor.forward(x), withoutSteps = linear.forward(x);
    IO.println("x₁ x₂ | OR NAND | XOR | without the hidden step");
    for (int i = 0; i < 4; i++) {
        IO.println(" %.0f  %.0f |  %.0f   %.0f  |  %.0f  |  %.0f".formatted(
                x.get(i, 0), x.get(i, 1), h.get(i, 0), h.get(i, 1),
                withSteps.get(i, 0), withoutSteps.get(i, 0)));
    }
    // expect:  0  1 |  1   1  |  1  |  0
    // expect:  1  1 |  1   0  |  0  |  0
    Matrix w = hidden.weights().value().times(output.weights().value());
    Matrix b = hidden.bias().value().times(output.weights().value()).plus(output.bias().value());
    IO.println("without the step the two layers collapse to W = %s, b = %s".formatted(w, b));
    // expect: without the step the two layers collapse to W = [[0.0000], [0.0000]], b = [[-0.5000]]

    var figure = DecisionRegions.of("A 2-2-1 step network on XOR", grid -> classes(xor, grid))
            .area(-0.5, 1.5, -0.5, 1.5).steps(81).size(720, 460)
            .points(x.toArray2d(), classes(xor, x.toArray2d()))
            .classNames("XOR = 0", "XOR = 1").figure();
    figure.dashed("OR unit: x₁ + x₂ = 0.5", new double[] {-0.5, 1}, new double[] {1, -0.5});
    figure.dashed("NAND unit: x₁ + x₂ = 1.5", new double[] {0, 1.5}, new double[] {1.5, 0});
    figure.chart().getStyler().setYAxisDecimalPattern("0.0");
    IO.println("figure: " + figure.save("forward-propagation-xor-regions").getFileName());
}

// tag::grid[]
/// The class (0 or 1) the network gives each point, all points as one batch: the figure's
/// 81 × 81 grid goes in as a 6561 × 2 matrix, and 6561 × 1 answers come out.
int[] classes(Sequential network, double[][] points) {
    Matrix answers = network.forward(Matrix.of(points));
    return Arrays.stream(answers.toArray()).mapToInt(a -> (int) a).toArray();
}
// end::grid[]
