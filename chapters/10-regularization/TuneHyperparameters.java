///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Datasets;
import nn.data.Split;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.BinaryCrossEntropy;
import nn.math.Rng;
import nn.optim.Adam;
import nn.train.Evaluation;
import nn.train.Trainer;

/// Chapter 10: a grid search over learning rate × width, judged on a validation set; the test
/// set is used once, for the winner.
void main() {
    // tag::three-way-split[]
    var rng = new Rng(11);
    var all = Split.trainTestSplit(Datasets.moons(600, 0.3, rng), 0.2, rng); // 480 | 120
    var inner = Split.trainTestSplit(all.train(), 0.25, rng);                // 360 | 120
    Dataset train = inner.train(), validation = inner.test(), test = all.test();
    // end::three-way-split[]
    IO.println("learning rate  width  val loss  val accuracy");
    double bestLoss = Double.POSITIVE_INFINITY;
    Sequential best = null;
    String bestName = "";
    // tag::grid-search[]
    for (double learningRate : new double[] {0.001, 0.01, 0.1}) {
        for (int width : new int[] {2, 8, 32}) {
            var model = network(width, new Rng(1));
            new Trainer(new BinaryCrossEntropy(), new Adam(learningRate))
                    .epochs(30).batchSize(32).fit(model, train.x(), train.y());
            double loss = Evaluation.loss(model, new BinaryCrossEntropy(), validation.x(),
                    validation.y());
            double accuracy = Evaluation.accuracy(model, validation.x(), validation.y());
            IO.println("%13.3f  %5d  %8.4f  %12.3f"
                    .formatted(learningRate, width, loss, accuracy));
            if (loss < bestLoss) {
                bestLoss = loss;
                best = model;
                bestName = "learning rate %s, width %d".formatted(learningRate, width);
            }
        }
    }
    // end::grid-search[]
    IO.println("best on validation: " + bestName);
    IO.println("its test accuracy: %.3f".formatted(Evaluation.accuracy(best, test.x(), test.y())));
    // expect: best on validation: learning rate 0.01, width 32
}

Sequential network(int width, Rng rng) {
    return new Sequential(new Dense(2, width, new Initializer.HeUniform(), rng),
            new ActivationLayer(new Activation.ReLU()),
            new Dense(width, width, new Initializer.HeUniform(), rng),
            new ActivationLayer(new Activation.ReLU()), new Dense(width, 1, rng),
            new ActivationLayer(new Activation.Sigmoid()));
}
