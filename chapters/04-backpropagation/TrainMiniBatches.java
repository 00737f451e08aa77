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
import nn.plot.Figure;

/// Chapter 4: mini-batch stochastic gradient descent on the two moons, with backpropagation.
void main() {
    var rng = new Rng(4);
    Dataset moons = Datasets.moons(200, 0.1, rng);
    var network = new Sequential(
            new Dense(2, 8, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(8, 1, rng), new ActivationLayer(new Activation.Sigmoid()));
    int epochs = 300, batchSize = 10;
    double learningRate = 1.0;
    double[] losses = new double[epochs];

    for (int epoch = 0; epoch < epochs; epoch++) {
        int[] order = rng.permutation(moons.size()); // a new shuffle every epoch
        for (int start = 0; start < moons.size(); start += batchSize) {
            int end = Math.min(start + batchSize, moons.size());
            int[] rows = Arrays.copyOfRange(order, start, end);
            // tag::sgd-step[]
            Matrix x = moons.x().rows(rows), y = moons.y().rows(rows);
            network.parameters().forEach(Parameter::zeroGrad);
            Matrix yHat = network.forward(x);
            int m = rows.length;
            network.backward(yHat.minus(y).scale(1.0 / m));   // ∂C/∂ŷ for C = Σ‖ŷ − y‖²/2m
            for (Parameter p : network.parameters()) {
                p.value().addInPlace(p.grad(), -learningRate); // w ← w − η·∂C/∂w
            }
            // end::sgd-step[]
        }
        Matrix error = network.forward(moons.x()).minus(moons.y());
        losses[epoch] = 0.5 * error.hadamard(error).mean(); // C over all 200 examples
        if ((epoch + 1) % 50 == 0 || epoch == 0) {
            double accuracy = accuracy(network.forward(moons.x()), moons.y());
            IO.println("epoch %3d   loss %.4f   accuracy %.3f"
                    .formatted(epoch + 1, losses[epoch], accuracy));
        }
    }
    // expect: epoch 300   loss 0.0007   accuracy 1.000

    double[] epochAxis = new double[epochs];
    Arrays.setAll(epochAxis, i -> i + 1);
    var figure = Figure.of("Mini-batch SGD on the two moons (2-8-1)", "epoch", "loss C", 600, 360);
    figure.line("loss", epochAxis, losses).noLegend().logY().range(0, 300, 5e-4, 0.1);
    IO.println("figure: " + figure.save("backpropagation-moons-loss").getFileName());
}

double accuracy(Matrix yHat, Matrix y) {
    int correct = 0;
    for (int i = 0; i < y.rows(); i++) {
        if ((yHat.get(i, 0) >= 0.5 ? 1 : 0) == y.get(i, 0)) correct++;
    }
    return (double) correct / y.rows();
}
