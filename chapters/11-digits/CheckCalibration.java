///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.activations.Softmax;
import nn.data.Dataset;
import nn.data.Mnist;
import nn.init.Initializer;
import nn.layers.*;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.plot.Figure;
import nn.train.Calibration;
import nn.train.Evaluation;
import nn.train.Trainer;

/// Chapter 11: is the network's confidence honest? A reliability diagram and the expected
/// calibration error of a 784-64-10 network, trained for 3 and for 12 epochs on 4,000 digits,
/// before and after temperature scaling fitted on 1,000 held-out training digits.
void main() {
    var split = Mnist.split(Mnist.load());
    Dataset fit = split.train().first(4000), held = split.train().last(1000);
    Dataset test = split.test();
    var rng = new Rng(11);
    var network = new Sequential(new Dense(Mnist.PIXELS, 64, new Initializer.HeNormal(), rng),
            new ActivationLayer(new Activation.ReLU()), new Dense(64, Mnist.CLASSES, rng));
    var optimizer = new Adam(0.001);
    var trainer = new Trainer(new SoftmaxCrossEntropy(), optimizer).batchSize(32)
            .shuffle(new Rng(1)).verbose(false);
    var diagram = Figure.of("Reliability diagram", "confidence", "accuracy", 560, 400);
    diagram.dashed("calibrated", new double[] {0, 1}, new double[] {0, 1});
    IO.println("confidence bins of width 0.1, 2,000 test digits");
    IO.println("epochs   test accuracy   ECE     temperature T   ECE after scaling");
    int trained = 0;
    for (int epochs : new int[] {3, 12}) {
        trainer.epochs(epochs - trained).fit(network, fit.x(), fit.y());
        trained = epochs;
        Matrix logits = Evaluation.predict(network, test.x());
        // tag::ece[]
        var calibration = Calibration.of(Softmax.apply(logits), test.labels(), 10);
        double ece = calibration.expectedError();
        // end::ece[]
        double t = temperature(Evaluation.predict(network, held.x()), held.y());
        double scaled = Calibration.of(Softmax.apply(logits.scale(1 / t)), test.labels(), 10)
                .expectedError();
        double accuracy = Evaluation.accuracy(network, test.x(), test.y());
        IO.println("%6d   %12.1f%%   %.4f   %13.2f   %17.4f"
                .formatted(epochs, 100 * accuracy, ece, t, scaled));
        plot(diagram, "%d epochs".formatted(epochs), calibration);
        if (epochs == 12) {
            plot(diagram, "12 epochs, T = %.2f".formatted(t),
                    Calibration.of(Softmax.apply(logits.scale(1 / t)), test.labels(), 10));
        }
    }
    diagram.range(0.3, 1, 0.3, 1).chart().getStyler()
            .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
    diagram.save("digits-reliability");
}

// tag::temperature[]
/// The temperature T that minimises the cross-entropy of softmax(z / T) on held-out data,
/// searched on a grid from 0.50 to 4.00 in steps of 0.01.
double temperature(Matrix logits, Matrix y) {
    var loss = new SoftmaxCrossEntropy();
    double best = 1, bestLoss = Double.POSITIVE_INFINITY;
    for (int step = 50; step <= 400; step++) {
        double t = step / 100.0;
        double value = loss.value(logits.scale(1 / t), y);
        if (value < bestLoss) { bestLoss = value; best = t; }
    }
    return best;
}
// end::temperature[]

/// Accuracy against mean confidence for the bins holding at least 20 test digits (fewer make
/// a bin's accuracy a matter of luck).
void plot(Figure diagram, String name, Calibration c) {
    int[] full = IntStream.range(0, c.count().length).filter(b -> c.count()[b] >= 20).toArray();
    diagram.line(name, Arrays.stream(full).mapToDouble(b -> c.confidence()[b]).toArray(),
            Arrays.stream(full).mapToDouble(b -> c.accuracy()[b]).toArray());
}
// expect:     12           91.6%   0.0205            1.17              0.0144
