///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Datasets;
import nn.data.Split;
import nn.layers.ActivationLayer;
import nn.layers.BatchNorm1d;
import nn.layers.Dense;
import nn.layers.Dropout;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.losses.BinaryCrossEntropy;
import nn.math.Rng;
import nn.optim.AdamW;
import nn.plot.DecisionRegions;
import nn.train.Evaluation;
import nn.train.History;
import nn.train.Metric;
import nn.train.Trainer;

/// Chapter 10: a classifier with batch normalization and dropout, a sigmoid output, binary
/// cross-entropy, AdamW and gradient clipping, on the two moons.
void main() {
    var rng = new Rng(3);
    var split = Split.trainTestSplit(Datasets.moons(400, 0.2, rng), 0.25, rng);
    var train = split.train();
    var test = split.test();
    // tag::model[]
    var model = new Sequential(block(2, 64, rng), block(64, 32, rng),
            new Dense(32, 1, rng), new ActivationLayer(new Activation.Sigmoid()));
    History history = new Trainer(new BinaryCrossEntropy(), new AdamW(1e-3, 1e-4))
            .epochs(100).batchSize(32).clipGradients(1.0).validationSplit(0.2)
            .metrics(new Metric.Accuracy()).shuffle(new Rng(4))
            .fit(model, train.x(), train.y());
    // end::model[]
    for (var e : history.epochs()) {
        if (e.epoch() == 1 || e.epoch() % 20 == 0) {
            IO.println("epoch %3d  loss %.4f  accuracy %.3f  val_loss %.4f  val_accuracy %.3f"
                    .formatted(e.epoch(), e.loss(), e.metric("accuracy"), e.validationLoss(),
                            e.validationMetric("accuracy")));
        }
    }
    IO.println("test accuracy: %.3f".formatted(Evaluation.accuracy(model, test.x(), test.y())));
    // expect: test accuracy: 0.950
    // tag::clipped[]
    double eps = BinaryCrossEntropy.EPSILON; // where the plain loss starts to clip
    long clipped = Arrays.stream(Evaluation.predict(model, train.x()).toArray())
            .filter(p -> p < eps || p > 1 - eps).count();
    // end::clipped[]
    IO.println("training outputs within 1e-12 of 0 or 1: %d of %d".formatted(clipped,
            train.size()));
    // expect: training outputs within 1e-12 of 0 or 1: 0 of 300
    var file = DecisionRegions.of("Two moons, test points", grid -> classes(model, grid))
            .area(-1.7, 2.8, -1.3, 1.8).points(test.x().toArray2d(), test.labels())
            .save("regularization-moons");
    IO.println("figure: " + file.getFileName());
}

// tag::block[]
/// Linear → BatchNorm1d → ReLU → Dropout(0.2), as in the PyTorch original.
Sequential block(int in, int out, Rng rng) {
    return new Sequential(new Dense(in, out, rng), new BatchNorm1d(out),
            new ActivationLayer(new Activation.ReLU()), new Dropout(0.2, rng));
}
// end::block[]

int[] classes(Layer model, double[][] grid) {
    var p = Evaluation.predict(model, nn.math.Matrix.of(grid));
    return Arrays.stream(p.toArray()).mapToInt(v -> v >= 0.5 ? 1 : 0).toArray();
}
