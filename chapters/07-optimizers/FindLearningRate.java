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
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.SGD;
import nn.plot.Figure;

/// Chapter 7: a learning-rate range test. One short run of SGD (batches of 32) in which η grows
/// exponentially from 10⁻³ to 10² while we record the loss of each batch.
void main() {
    Dataset data = Datasets.moons(1024, 0.2, new Rng(7));
    var rng = new Rng(3);
    var model = new Sequential(new Dense(2, 32, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(32, 1, rng));
    var loss = new BinaryCrossEntropyWithLogits();
    var optimizer = new SGD(1e-3);
    int steps = 400, batchSize = 32;
    var rates = new ArrayList<Double>();
    var losses = new ArrayList<Double>();
    double smooth = 0, best = Double.POSITIVE_INFINITY, bestRate = 0;
    // tag::range-test[]
    for (int t = 0; t < steps; t++) {
        double rate = 1e-3 * Math.pow(1e5, t / (steps - 1.0));   // 10⁻³ … 10², exponentially
        optimizer.setLearningRate(rate);
        int[] rows = new int[batchSize];
        for (int i = 0; i < batchSize; i++) rows[i] = rng.nextInt(data.size());
        Matrix z = model.forward(data.x().rows(rows));
        if (!(z.map(Math::abs).max() < 1e6)) break;             // the weights blew up
        double batchLoss = loss.value(z, data.y().rows(rows));
        smooth = 0.9 * smooth + 0.1 * batchLoss;                 // moving average …
        double smoothed = smooth / (1 - Math.pow(0.9, t + 1));   // … with bias correction
        if (smoothed > 4 * best) break;                          // diverging: stop the test
        if (smoothed < best) { best = smoothed; bestRate = rate; }
        rates.add(rate);
        losses.add(smoothed);
        model.parameters().forEach(Parameter::zeroGrad);
        model.backward(loss.gradient(z, data.y().rows(rows)));
        optimizer.step(model.parameters());
    }
    // end::range-test[]
    double last = rates.getLast();
    IO.println("steps run: %d of %d, stopped at η = %.2f".formatted(rates.size(), steps, last));
    IO.println("lowest smoothed loss %.4f at η = %.2f; a tenth of that: η ≈ %.2f"
            .formatted(best, bestRate, bestRate / 10));
    for (double shown : new double[] {0.001, 0.01, 0.1, 1, 10}) {
        int t = (int) Math.round((steps - 1) * Math.log10(shown / 1e-3) / 5);
        if (t < losses.size()) {
            IO.println("η = %7.3f   smoothed loss %.4f".formatted(shown, losses.get(t)));
        }
    }
    double[] x = rates.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = losses.stream().mapToDouble(Double::doubleValue).toArray();
    Figure.of("Learning-rate range test", "learning rate η", "smoothed batch loss", 560, 360)
            .line("SGD, batch 32", x, y).logX().noLegend().save("optimizers-range-test");
}
// expect: lowest smoothed loss 0.2675 at η = 1.05; a tenth of that: η ≈ 0.10
