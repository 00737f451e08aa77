///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Dropout;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.optim.AdamW;
import nn.optim.Optimizer;
import nn.train.Evaluation;
import nn.train.History;
import nn.train.Trainer;

/// Chapter 10: the too-big network of ShowOverfitting, trained plainly and with four remedies.
void main() {
    var rng = new Rng(6);
    DoubleUnaryOperator f = x -> Math.sin(3 * x);
    Matrix xTrain = Matrix.uniform(20, 1, -1, 1, rng), xVal = Matrix.uniform(100, 1, -1, 1, rng);
    Matrix yTrain = xTrain.map(f).plus(Matrix.gaussian(20, 1, 0.3, rng));
    Matrix yVal = xVal.map(f).plus(Matrix.gaussian(100, 1, 0.3, rng));
    IO.println("remedy            epochs  train loss  val loss  weight norm");
    // tag::remedies[]
    run("none", model(0), new Adam(0.01), 0, xTrain, yTrain, xVal, yVal);
    run("L2, λ = 0.01", model(0), new Adam(0.01, 0.9, 0.999, 1e-8, 0.01), 0,
            xTrain, yTrain, xVal, yVal);
    run("AdamW, λ = 1", model(0), new AdamW(0.01, 1.0), 0, xTrain, yTrain, xVal, yVal);
    run("dropout 0.1", model(0.1), new Adam(0.01), 0, xTrain, yTrain, xVal, yVal);
    run("early stopping", model(0), new Adam(0.01), 50, xTrain, yTrain, xVal, yVal);
    // end::remedies[]
    // expect: early stopping        74      0.1437    0.2538         8.32
}

Sequential model(double dropout) {
    var rng = new Rng(6);
    return new Sequential(new Dense(1, 64, rng), new ActivationLayer(new Activation.Tanh()),
            new Dropout(dropout, rng), new Dense(64, 64, rng),
            new ActivationLayer(new Activation.Tanh()), new Dropout(dropout, rng),
            new Dense(64, 1, rng));
}

void run(String name, Layer model, Optimizer optimizer, int patience,
         Matrix x, Matrix y, Matrix xVal, Matrix yVal) {
    // tag::early-stopping[]
    var trainer = new Trainer(new MeanSquaredError(), optimizer)
            .epochs(400).batchSize(20).validationData(xVal, yVal);
    if (patience > 0) trainer.earlyStopping(patience); // restores the best weights
    History history = trainer.fit(model, x, y);
    // end::early-stopping[]
    var loss = new MeanSquaredError();
    double norm = Math.sqrt(model.parameters().stream()
            .mapToDouble(p -> p.value().norm() * p.value().norm()).sum());
    IO.println("%-16s  %6d  %10.4f  %8.4f  %11.2f".formatted(name, history.epochs().size(),
            Evaluation.loss(model, loss, x, y), Evaluation.loss(model, loss, xVal, yVal), norm));
}
