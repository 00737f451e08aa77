///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Mnist;
import nn.data.OneHot;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.plot.ConfusionPlot;
import nn.plot.ImageGrid;
import nn.train.ConfusionMatrix;
import nn.train.Evaluation;
import nn.train.History;
import nn.train.Metric;
import nn.train.Trainer;

/// Chapter 11: a 784-128-10 ReLU network with softmax cross-entropy and Adam, and its mistakes.
void main() {
    var split = Mnist.split(Mnist.load());
    var train = split.train();
    var test = split.test();
    // tag::network[]
    var rng = new Rng(11);
    var network = new Sequential(
            new Dense(Mnist.PIXELS, 128, new Initializer.HeNormal(), rng),
            new ActivationLayer(new Activation.ReLU()),
            new Dense(128, Mnist.CLASSES, rng)); // logits; softmax is in the loss
    History history = new Trainer(new SoftmaxCrossEntropy(), new Adam(0.001))
            .epochs(3).batchSize(32).shuffle(new Rng(1))
            .metrics(new Metric.Accuracy())
            .validationSplit(0.125) // the last 1,000 training digits
            .fit(network, train.x(), train.y());
    // end::network[]
    IO.println("epoch  train loss  train accuracy  validation accuracy");
    for (History.Epoch e : history.epochs()) {
        IO.println("%5d  %10.4f  %13.2f%%  %18.2f%%".formatted(e.epoch(), e.loss(),
                100 * e.metric("accuracy"), 100 * e.validationMetric("accuracy")));
    }

    // tag::confusion[]
    Matrix logits = Evaluation.predict(network, test.x());
    int[] predicted = OneHot.decode(logits); // the argmax of each row
    var confusion = ConfusionMatrix.of(test.labels(), predicted, Mnist.CLASSES);
    // end::confusion[]
    IO.println("\nconfusion matrix on the 2,000 test digits\n" + confusion.table());
    IO.println("test accuracy: %.2f%% (%d of %d right)".formatted(100 * confusion.accuracy(),
            Math.round(confusion.accuracy() * confusion.total()), confusion.total()));
    IO.print("digit ");
    for (int c = 0; c < Mnist.CLASSES; c++) IO.print("%7d".formatted(c));
    IO.print("\nrecall");
    for (int c = 0; c < Mnist.CLASSES; c++) IO.print("%6.1f%%".formatted(100 * confusion.recall(c)));
    ConfusionPlot.of("Test digits: true class against prediction", confusion.counts())
            .save("digits-confusion");

    // tag::mistakes[]
    var mistakes = ImageGrid.of("Misclassified test digits: true → predicted", 6);
    for (int i = 0, shown = 0; i < test.size() && shown < 30; i++) {
        if (predicted[i] == test.label(i)) continue;
        String caption = "%d → %d".formatted(test.label(i), predicted[i]);
        mistakes.gray(Mnist.image(test, i), caption);
        shown++;
    }
    // end::mistakes[]
    IO.println("\nfigure: " + mistakes.save("digits-mistakes").getFileName());
}
// expect: 1      0.5966          84.16%               88.60%
// expect: 3      0.1888          94.61%               90.80%
// expect: test accuracy: 91.10% (1822 of 2000 right)
