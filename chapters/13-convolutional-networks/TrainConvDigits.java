///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.conv.Conv2d;
import nn.conv.MaxPool2d;
import nn.conv.RandomShift;
import nn.conv.Volume;
import nn.data.Mnist;
import nn.data.OneHot;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.plot.ImageGrid;
import nn.train.ConfusionMatrix;
import nn.train.Evaluation;
import nn.train.History;
import nn.train.Metric;
import nn.train.Trainer;

/// Chapter 13: a LeNet-like convolutional network on the digits, its learned kernels and its
/// mistakes.
void main() {
    var split = Mnist.split(Mnist.load());
    var train = split.train();
    var test = split.test();
    // tag::network[]
    var rng = new Rng(13);
    var conv1 = new Conv2d(new Volume(1, 28, 28), 6, 5, rng); // → 6×24×24
    var pool1 = new MaxPool2d(conv1.out(), 2);               // → 6×12×12
    var conv2 = new Conv2d(pool1.out(), 16, 5, rng);         // → 16×8×8
    var pool2 = new MaxPool2d(conv2.out(), 2);               // → 16×4×4
    var network = new Sequential(
            conv1, new ActivationLayer(new Activation.ReLU()), pool1,
            conv2, new ActivationLayer(new Activation.ReLU()), pool2,
            new Dense(pool2.out().size(), Mnist.CLASSES, rng)); // 256 → 10 logits
    // end::network[]
    IO.println(network.describe());
    // expect: total                  5142

    IO.println("\nepoch  learning rate  train loss  train accuracy  test accuracy");
    // tag::train[]
    var adam = new Adam(0.004);
    var trainer = new Trainer(new SoftmaxCrossEntropy(), adam).batchSize(32)
            .shuffle(new Rng(1)).metrics(new Metric.Accuracy())
            .validationData(test.x(), test.y());
    var shifts = new Rng(99);
    for (int epoch = 1; epoch <= 6; epoch++) {
        Matrix x = epoch == 1 ? train.x() : RandomShift.of(train.x(), conv1.in(), 1, shifts);
        adam.setLearningRate(0.004 * Math.pow(0.65, epoch - 1));
        History.Epoch e = trainer.start(network, x, train.y()).epoch();
        // end::train[]
        IO.println("%5d  %13.5f  %10.4f  %13.2f%%  %12.2f%%".formatted(epoch, adam.learningRate(),
                e.loss(), 100 * e.metric("accuracy"), 100 * e.validationMetric("accuracy")));
    }

    int[] predicted = OneHot.decode(Evaluation.predict(network, test.x()));
    var confusion = ConfusionMatrix.of(test.labels(), predicted, Mnist.CLASSES);
    IO.println("\nconfusion matrix on the 2,000 test digits\n" + confusion.table());
    long right = Math.round(confusion.accuracy() * confusion.total());
    IO.println("test accuracy: %.2f%% (%d of %d right, %d wrong)".formatted(
            100 * confusion.accuracy(), right, confusion.total(), confusion.total() - right));
    IO.println("at least 97%: " + (confusion.accuracy() >= 0.97));
    // expect: at least 97%: true

    // tag::filters[]
    var kernels = ImageGrid.of("The six learned 5 × 5 kernels of the first layer", 6)
            .pixelSize(14);
    for (int f = 0; f < 6; f++) {
        double[] row = conv1.kernels().value().rowArray(f);
        kernels.signed(new Volume(1, 5, 5).channel(row, 0), "kernel " + (f + 1));
    }
    // end::filters[]
    IO.println("\nfigure: " + kernels.save("cnn-kernels").getFileName());

    double[] maps = Evaluation.predict(conv1, test.x().rowRange(0, 1)).rowArray(0);
    var grid = ImageGrid.of("A test digit and its six feature maps", 7).pixelSize(3)
            .gray(Mnist.image(test, 0), "digit " + test.label(0));
    for (int f = 0; f < 6; f++) grid.signed(conv1.out().channel(maps, f), "map " + (f + 1));
    IO.println("figure: " + grid.save("cnn-feature-maps").getFileName());

    var mistakes = ImageGrid.of("Misclassified test digits: true → predicted", 10);
    for (int i = 0, shown = 0; i < test.size() && shown < 30; i++) {
        if (predicted[i] == test.label(i)) continue;
        mistakes.gray(Mnist.image(test, i), "%d → %d".formatted(test.label(i), predicted[i]));
        shown++;
    }
    IO.println("figure: " + mistakes.save("cnn-mistakes").getFileName());
}
