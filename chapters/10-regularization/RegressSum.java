///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Datasets;
import nn.data.Split;
import nn.data.Standardizer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Dropout;
import nn.layers.Sequential;
import nn.losses.MeanSquaredError;
import nn.math.Rng;
import nn.optim.Adam;
import nn.train.Evaluation;
import nn.train.History;
import nn.train.Metric;
import nn.train.Trainer;

/// Chapter 10: a regression network with dropout, trained with Adam on the mean squared error,
/// watching the mean absolute error on a validation split. The answer is the sum of 20 inputs.
void main() {
    // tag::data[]
    var rng = new Rng(42);
    var data = Datasets.sumRegression(1000, 20, 0.1, rng);
    var split = Split.trainTestSplit(data, 0.2, rng);
    var scaler = Standardizer.fit(split.train().x());          // training statistics only
    var train = scaler.transform(split.train());
    var test = scaler.transform(split.test());
    // end::data[]
    // tag::model[]
    var model = new Sequential(
            new Dense(20, 64, rng), new ActivationLayer(new Activation.ReLU()),
            new Dropout(0.2, rng),
            new Dense(64, 32, rng), new ActivationLayer(new Activation.ReLU()),
            new Dropout(0.2, rng),
            new Dense(32, 16, rng), new ActivationLayer(new Activation.ReLU()),
            new Dense(16, 1, rng));
    History history = new Trainer(new MeanSquaredError(), new Adam(0.001))
            .epochs(40).batchSize(32).validationSplit(0.2)
            .metrics(new Metric.MeanAbsoluteError()).shuffle(new Rng(7))
            .fit(model, train.x(), train.y());
    // end::model[]
    IO.println(model.describe());
    for (var e : history.epochs()) {
        if (e.epoch() == 1 || e.epoch() % 10 == 0) {
            IO.println("epoch %3d  loss %7.4f  mae %6.4f  val_loss %7.4f  val_mae %6.4f".formatted(
                    e.epoch(), e.loss(), e.metric("mae"), e.validationLoss(),
                    e.validationMetric("mae")));
        }
    }
    // tag::evaluate[]
    double testMae = new Metric.MeanAbsoluteError()
            .value(Evaluation.predict(model, test.x()), test.y());
    // end::evaluate[]
    IO.println("test MAE: %.4f   (targets have standard deviation %.2f)".formatted(
            testMae, Math.sqrt(20)));
    // expect: test MAE: 0.3285   (targets have standard deviation 4.47)
}
