///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Datasets;
import nn.layers.*;
import nn.losses.BinaryCrossEntropyWithLogits;
import nn.math.Rng;
import nn.optim.*;
import nn.plot.Figure;
import nn.train.*;

/// Chapter 7: the same small network trained with SGD + momentum and with Adam, five seeds each.
/// `--sweep` first tries three learning rates per optimizer on a validation set.
void main(String[] args) {
    if (args.length > 0 && args[0].equals("--sweep")) sweep();
    Dataset test = Datasets.moons(1000, 0.3, new Rng(999));
    var curves = Figure.of("Training loss, mean of 5 seeds (every 5th epoch)", "epoch", "loss", 640, 380);
    for (String name : List.of("momentum", "Adam")) {
        double rate = name.equals("momentum") ? 0.1 : 0.03; // see --sweep: Adam at 0.01 is close
        double[] losses = new double[5], accuracies = new double[5], meanCurve = new double[100];
        // tag::seeds[]
        for (int seed = 1; seed <= 5; seed++) {
            Dataset train = Datasets.moons(200, 0.3, new Rng(100 + seed));
            var model = network(new Rng(seed));
            History history = trainer(name, rate, seed).fit(model, train.x(), train.y());
            losses[seed - 1] = history.last().loss();
            accuracies[seed - 1] = accuracy(model, test);
            double[] curve = history.losses();
            for (int e = 0; e < 100; e++) meanCurve[e] += curve[e] / 5;
        }
        // end::seeds[]
        IO.println("%-8s η=%-5s final training loss %s   test accuracy %s".formatted(
                name, rate, meanAndSpread(losses, "%.3f"), meanAndSpread(accuracies, "%.3f")));
        IO.println("         epochs until the mean training loss is below 0.3: %d".formatted(
                firstBelow(meanCurve, 0.3)));
        double[] every5 = java.util.stream.IntStream.rangeClosed(1, 20).asDoubleStream().map(k -> 5 * k).toArray();
        curves.line(name, every5, Arrays.stream(every5).map(e -> meanCurve[(int) e - 1]).toArray());
    }
    curves.legendOutside().save("optimizers-sgd-vs-adam");
}

// tag::network[]
Sequential network(Rng rng) {
    return new Sequential(
            new Dense(2, 16, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(16, 16, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(16, 1, rng)); // a logit; the sigmoid is inside the loss (chapter 6)
}

/// The share of rows classified right: class 1 where the probability σ(logit) is at least ½.
double accuracy(Sequential model, Dataset data) {
    var probability = new Sequential(model, new ActivationLayer(new Activation.Sigmoid()));
    return Evaluation.accuracy(probability, data.x(), data.y());
}

Trainer trainer(String name, double rate, int seed) {
    Optimizer optimizer = name.equals("momentum")
            ? new Momentum(rate, 0.9)
            : new Adam(rate);
    return new Trainer(new BinaryCrossEntropyWithLogits(), optimizer)
            .epochs(100).batchSize(32).shuffle(new Rng(seed)).verbose(false);
}
// end::network[]

/// Validation accuracy (mean of 5 seeds) for three learning rates per optimizer.
void sweep() {
    Dataset validation = Datasets.moons(1000, 0.3, new Rng(555));
    for (String name : List.of("momentum", "Adam")) {
        double[] rates = name.equals("momentum") ? new double[] {0.03, 0.1, 0.3}
                : new double[] {0.003, 0.01, 0.03};
        for (double rate : rates) {
            double[] accuracies = new double[5];
            for (int seed = 1; seed <= 5; seed++) {
                Dataset train = Datasets.moons(200, 0.3, new Rng(100 + seed));
                var model = network(new Rng(seed));
                trainer(name, rate, seed).fit(model, train.x(), train.y());
                accuracies[seed - 1] = accuracy(model, validation);
            }
            IO.println("sweep %-8s η=%-5s validation accuracy %s".formatted(name, rate, meanAndSpread(accuracies, "%.3f")));
        }
    }
}

/// "mean ± standard deviation (min … max)" of the values.
String meanAndSpread(double[] values, String format) {
    double mean = Arrays.stream(values).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    return (format + " ± " + format + " (" + format + " … " + format + ")").formatted(mean, sd,
            Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow());
}

int firstBelow(double[] curve, double level) {
    for (int e = 0; e < curve.length; e++) if (curve[e] < level) return e + 1;
    return -1;
}
// expect: momentum η=0.1   final training loss 0.198 ± 0.021 (0.168 … 0.218)   test accuracy 0.904 ± 0.005 (0.898 … 0.910)
// expect: Adam     η=0.03  final training loss 0.220 ± 0.075 (0.152 … 0.342)   test accuracy 0.887 ± 0.032 (0.832 … 0.915)
