///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.plot.Figure;
import nn.train.History;
import nn.train.Trainer;

/// Chapter 10: a network far too big for 20 noisy points learns the noise; the validation
/// loss shows it.
void main() {
    // tag::data[]
    var rng = new Rng(6);
    DoubleUnaryOperator f = x -> Math.sin(3 * x);
    Matrix xTrain = Matrix.uniform(20, 1, -1, 1, rng);
    Matrix xVal = Matrix.uniform(100, 1, -1, 1, rng);
    Matrix yTrain = xTrain.map(f).plus(Matrix.gaussian(20, 1, 0.3, rng));
    Matrix yVal = xVal.map(f).plus(Matrix.gaussian(100, 1, 0.3, rng));
    // end::data[]
    // tag::too-big[]
    var model = new Sequential(
            new Dense(1, 64, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(64, 64, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(64, 1, rng));
    History history = new Trainer(new MeanSquaredError(), new Adam(0.01))
            .epochs(600).batchSize(20).validationData(xVal, yVal)
            .fit(model, xTrain, yTrain);
    // end::too-big[]
    IO.println("parameters: %d, training examples: %d".formatted(
            Sequential.count(model.parameters()), xTrain.rows()));
    for (int epoch : new int[] {10, 100, 200, 400, 600}) {
        var e = history.epochs().get(epoch - 1);
        IO.println("epoch %4d   loss %.4f   val_loss %.4f"
                .formatted(epoch, e.loss(), e.validationLoss()));
    }
    var best = history.best();
    IO.println("lowest validation loss %.4f in epoch %d"
            .formatted(best.validationLoss(), best.epoch()));
    // expect: lowest validation loss 0.1306 in epoch 179

    double[] epochs = java.util.stream.IntStream.rangeClosed(1, 600).asDoubleStream().toArray();
    var curves = Figure.of("Training and validation loss", "epoch", "mean squared error", 640, 400);
    curves.line("training", epochs, history.losses())
            .line("validation", epochs, history.validationLosses());
    curves.range(0, 600, 0, 0.4).legendOutside().chart().getStyler().setYAxisDecimalPattern("0.00");
    IO.println("figure: " + curves.save("regularization-curves").getFileName());

    Matrix grid = Matrix.linspace(-1, 1, 201);
    var fit = Figure.of("The fit after 600 epochs", "x", "y", 640, 400).legendOutside();
    fit.points("training data", xTrain.toArray(), yTrain.toArray());
    fit.line("network", grid.toArray(), model.forward(grid).toArray());
    fit.line("sin 3x", grid.toArray(), grid.map(f).toArray());
    IO.println("figure: " + fit.save("regularization-overfit").getFileName());
}
