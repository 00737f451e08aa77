///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Datasets;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Parameter;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;
import nn.plot.DecisionRegions;
import nn.plot.Figure;

/// Chapter 4: gradient descent with backpropagation finds weights for XOR, the function that
/// one neuron cannot compute (chapter 1) and chapter 3 solved with weights set by hand.
void main() {
    Dataset xor = Datasets.xor();
    // tag::network[]
    var rng = new Rng(1);
    var network = new Sequential(
            new Dense(2, 4, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(4, 1, rng), new ActivationLayer(new Activation.Sigmoid()));
    // end::network[]
    int epochs = 1000;
    double learningRate = 2.0;
    double[] losses = new double[epochs];

    IO.println("epoch   cost     outputs for (0,0) (0,1) (1,0) (1,1)");
    for (int epoch = 0; epoch < epochs; epoch++) {
        network.parameters().forEach(Parameter::zeroGrad);
        Matrix yHat = network.forward(xor.x());              // all four points as one batch
        network.backward(yHat.minus(xor.y()).scale(1.0 / 4)); // ∂C/∂ŷ for C = Σ‖ŷ − y‖²/2m
        for (Parameter p : network.parameters()) {
            p.value().addInPlace(p.grad(), -learningRate);     // w ← w − η·∂C/∂w
        }
        Matrix error = network.forward(xor.x()).minus(xor.y());
        losses[epoch] = 0.5 * error.hadamard(error).mean();
        if (epoch + 1 == 1 || epoch + 1 == 10 || (epoch + 1) % 200 == 0) {
            Matrix out = network.forward(xor.x());
            IO.println("%5d   %.4f   %.3f %.3f %.3f %.3f".formatted(epoch + 1, losses[epoch],
                    out.get(0, 0), out.get(1, 0), out.get(2, 0), out.get(3, 0)));
        }
    }
    // expect:  1000   0.0006   0.038 0.971 0.972 0.042

    double[] epochAxis = new double[epochs];
    Arrays.setAll(epochAxis, i -> i + 1);
    var loss = Figure.of("Gradient descent on XOR (2-4-1)", "epoch", "cost C", 600, 360);
    loss.line("cost", epochAxis, losses).noLegend().logY();
    IO.println("figure: " + loss.save("backpropagation-xor-loss").getFileName());

    var regions = DecisionRegions.of("What the trained 2-4-1 network answers",
                    grid -> classes(network, Matrix.of(grid)))
            .area(-0.5, 1.5, -0.5, 1.5).steps(81).size(600, 460)
            .points(xor.x().toArray2d(), classes(network, xor.x()))
            .classNames("output < 0.5", "output ≥ 0.5").figure();
    regions.chart().getStyler().setYAxisDecimalPattern("0.0");
    IO.println("figure: " + regions.save("backpropagation-xor-regions").getFileName());
}

/// 1 where the network's output is at least 0.5, else 0: one answer per row of `points`.
int[] classes(Sequential network, Matrix points) {
    return Arrays.stream(network.forward(points).toArray()).mapToInt(a -> a >= 0.5 ? 1 : 0)
            .toArray();
}
