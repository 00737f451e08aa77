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
            .validationData(test.x(), test.y()) // only measured, never trained on
            .fit(network, train.x(), train.y());
    // end::train[]

    IO.println("\nepoch  train loss  train accuracy  test accuracy");
    for (History.Epoch e : history.epochs()) {
        IO.println("%5d  %10.4f  %13.2f%%  %12.2f%%".formatted(e.epoch(), e.loss(),
                100 * e.metric("accuracy"), 100 * e.validationMetric("accuracy")));
    }
    double[] epochs = history.epochs().stream().mapToDouble(History.Epoch::epoch).toArray();
    double[] trainAccuracy = history.epochs().stream()
            .mapToDouble(e -> e.metric("accuracy")).toArray();
    double[] testAccuracy = history.epochs().stream()
            .mapToDouble(e -> e.validationMetric("accuracy")).toArray();
    var figure = Figure.of("784-30-10 sigmoid network, MSE, SGD", "epoch", "accuracy", 600, 380)
            .line("training digits (8,000)", epochs, trainAccuracy)
            .dashed("test digits (2,000)", epochs, testAccuracy)
            .legendOutside();
    IO.println("figure: " + figure.save("digits-curves").getFileName());
}
