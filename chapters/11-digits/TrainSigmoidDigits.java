///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Mnist;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.MeanSquaredError;
import nn.math.Rng;
import nn.optim.SGD;
import nn.plot.Figure;
import nn.train.Evaluation;
import nn.train.History;
import nn.train.Metric;
import nn.train.Trainer;

/// Chapter 11: the classic 784-30-10 sigmoid network, mean squared error, mini-batch SGD.
void main() {
    var split = Mnist.split(Mnist.load());
    var train = split.train();
    var test = split.test();
    // tag::network[]
    var rng = new Rng(11);
    var init = new Initializer.Normal(1.0);
    var network = new Sequential(
            new Dense(Mnist.PIXELS, 30, init, rng),
            new ActivationLayer(new Activation.Sigmoid()),
            new Dense(30, Mnist.CLASSES, init, rng),
            new ActivationLayer(new Activation.Sigmoid()));
    // end::network[]
    IO.println(network.describe());
    // expect:   total                 23860

    // tag::train[]
    History history = new Trainer(new MeanSquaredError(), new SGD(1.5))
            .epochs(8).batchSize(10).shuffle(new Rng(1))
            .metrics(new Metric.Accuracy())
            .validationSplit(0.125) // the last 1,000 training digits: measured, not trained on
            .fit(network, train.x(), train.y());
    // end::train[]

    IO.println("\nepoch  train loss  train accuracy  validation accuracy");
    for (History.Epoch e : history.epochs()) {
        IO.println("%5d  %10.4f  %13.2f%%  %18.2f%%".formatted(e.epoch(), e.loss(),
                100 * e.metric("accuracy"), 100 * e.validationMetric("accuracy")));
    }
    // tag::test-once[]
    double testAccuracy = Evaluation.accuracy(network, test.x(), test.y()); // once, at the end
    // end::test-once[]
    IO.println("\ntest accuracy after training: %.2f%% of %,d digits".formatted(
            100 * testAccuracy, test.size()));
    double[] epochs = history.epochs().stream().mapToDouble(History.Epoch::epoch).toArray();
    double[] trainAccuracy = history.epochs().stream()
            .mapToDouble(e -> e.metric("accuracy")).toArray();
    double[] validationAccuracy = history.epochs().stream()
            .mapToDouble(e -> e.validationMetric("accuracy")).toArray();
    var figure = Figure.of("784-30-10 sigmoid network, MSE, SGD", "epoch", "accuracy", 600, 380)
            .line("training (7,000 digits)", epochs, trainAccuracy)
            .dashed("validation (1,000)", epochs, validationAccuracy)
            .legendOutside();
    IO.println("figure: " + figure.save("digits-curves").getFileName());
}
// expect: 1      0.6301          51.17%               72.40%
// expect: test accuracy after training: 89.30% of 2,000 digits
