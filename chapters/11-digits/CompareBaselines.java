///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.data.Mnist;
import nn.data.OneHot;
import nn.init.Initializer;
import nn.layers.*;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.train.ConfusionMatrix;
import nn.train.Evaluation;
import nn.train.Trainer;

/// Chapter 11: what the network is worth. Three baselines (the majority class, the nearest
/// class mean, softmax regression) against the chapter's 784-128-10 network, then precision,
/// recall and F1 per digit for the network.
void main() {
    var split = Mnist.split(Mnist.load());
    var train = split.train();
    var test = split.test();
    int[] truth = test.labels();
    // tag::majority[]
    int[] perClass = new int[Mnist.CLASSES];
    for (int label : train.labels()) perClass[label]++;
    int majority = 0;
    for (int c = 1; c < Mnist.CLASSES; c++) if (perClass[c] > perClass[majority]) majority = c;
    int[] alwaysMajority = new int[test.size()];
    Arrays.fill(alwaysMajority, majority);
    // end::majority[]
    report("majority class (always " + majority + ")", truth, alwaysMajority);
    // tag::centroid[]
    Matrix centroids = Matrix.zeros(Mnist.CLASSES, Mnist.PIXELS);     // the mean image per digit
    Matrix sums = train.y().transposeTimes(train.x());                 // 10 × 784: Σ of images
    for (int c = 0; c < Mnist.CLASSES; c++) {
        for (int j = 0; j < Mnist.PIXELS; j++) centroids.set(c, j, sums.get(c, j) / perClass[c]);
    }
    int[] nearest = new int[test.size()];
    for (int i = 0; i < test.size(); i++) {
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < Mnist.CLASSES; c++) {
            double d = test.x().row(i).minus(centroids.row(c)).norm();
            if (d < best) { best = d; nearest[i] = c; }
        }
    }
    // end::centroid[]
    report("nearest class mean", truth, nearest);
    // tag::softmax-regression[]
    var linear = new Dense(Mnist.PIXELS, Mnist.CLASSES, new Rng(11));     // z = x·W + b
    new Trainer(new SoftmaxCrossEntropy(), new Adam(0.001)).epochs(3).batchSize(32)
            .shuffle(new Rng(1)).verbose(false).fit(linear, train.x(), train.y());
    // end::softmax-regression[]
    report("softmax regression", truth, OneHot.decode(Evaluation.predict(linear, test.x())));
    var rng = new Rng(11);
    var network = new Sequential(new Dense(Mnist.PIXELS, 128, new Initializer.HeNormal(), rng),
            new ActivationLayer(new Activation.ReLU()), new Dense(128, Mnist.CLASSES, rng));
    new Trainer(new SoftmaxCrossEntropy(), new Adam(0.001)).epochs(3).batchSize(32)
            .shuffle(new Rng(1)).verbose(false).fit(network, train.x(), train.y());
    int[] predicted = OneHot.decode(Evaluation.predict(network, test.x()));
    report("784-128-10 network", truth, predicted);

    var confusion = ConfusionMatrix.of(truth, predicted, Mnist.CLASSES);
    IO.println("\ndigit   precision   recall      F1   support");
    double macroF1 = 0;
    for (int c = 0; c < Mnist.CLASSES; c++) {
        // tag::per-class[]
        int right = confusion.count(c, c), called = 0, actual = 0;
        for (int k = 0; k < Mnist.CLASSES; k++) {
            called += confusion.count(k, c);                 // column c: predicted as c
            actual += confusion.count(c, k);                 // row c: truly c
        }
        double precision = (double) right / called, recall = (double) right / actual;
        double f1 = 2 * precision * recall / (precision + recall);
        // end::per-class[]
        IO.println("%5d   %8.1f%%   %5.1f%%   %5.3f   %7d"
                .formatted(c, 100 * precision, 100 * recall, f1, actual));
        macroF1 += f1 / Mnist.CLASSES;
    }
    IO.println("macro-averaged F1: %.3f".formatted(macroF1));
}

void report(String name, int[] truth, int[] predicted) {
    double accuracy = ConfusionMatrix.of(truth, predicted, Mnist.CLASSES).accuracy();
    IO.println("%-28s test accuracy %5.1f%%".formatted(name, 100 * accuracy));
}
// expect: nearest class mean           test accuracy  80.5%
// expect:     9       80.5%    94.9%   0.871       196
