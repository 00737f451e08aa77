///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Datasets;
import nn.layers.*;
import nn.losses.BinaryCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.plot.Figure;

/// Chapter 7: the variance of the mini-batch gradient, E‖g_B − g‖², against the batch size B.
void main() {
    Dataset data = Datasets.moons(1024, 0.3, new Rng(7));
    var rng = new Rng(1);
    var model = new Sequential(new Dense(2, 16, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(16, 1, rng), new ActivationLayer(new Activation.Sigmoid()));
    double[] full = gradient(model, data.x(), data.y());
    // tag::per-example[]
    double sigma2 = 0;                                        // σ² = (1/N) Σᵢ ‖gᵢ − g‖²
    for (int i = 0; i < data.size(); i++) {
        double[] gi = gradient(model, data.x().row(i), data.y().row(i));
        for (int j = 0; j < gi.length; j++) sigma2 += (gi[j] - full[j]) * (gi[j] - full[j]);
    }
    sigma2 /= data.size();
    // end::per-example[]
    IO.println("per-example variance σ² = %.4f".formatted(sigma2));
    int[] sizes = {1, 2, 4, 8, 16, 32, 64, 128, 256};
    double[] variances = new double[sizes.length];
    IO.println("     B   E‖g_B − g‖²      × B");
    for (int s = 0; s < sizes.length; s++) {
        int batchSize = sizes[s];
        // tag::variance[]
        int draws = 400;
        double variance = 0;
        for (int k = 0; k < draws; k++) {
            int[] rows = new int[batchSize];                  // drawn with replacement
            for (int i = 0; i < batchSize; i++) rows[i] = rng.nextInt(data.size());
            double[] g = gradient(model, data.x().rows(rows), data.y().rows(rows));
            for (int i = 0; i < g.length; i++) variance += (g[i] - full[i]) * (g[i] - full[i]);
        }
        variance /= draws;
        // end::variance[]
        variances[s] = variance;
        IO.println("%6d   %11.5f   %7.4f".formatted(batchSize, variance, variance * batchSize));
    }
    double perExample = sigma2;
    double[] b = Arrays.stream(sizes).asDoubleStream().toArray();
    Figure.of("Gradient noise against batch size", "batch size B", "E‖g_B − g‖²", 560, 360)
            .points("measured", b, variances)
            .dashed("σ²/B", b, Arrays.stream(b).map(x -> perExample / x).toArray())
            .logX().logY().save("optimizers-gradient-noise");
}

/// ∂L/∂(all weights and biases), flattened, for the mean loss over the rows of x.
double[] gradient(Sequential model, Matrix x, Matrix y) {
    model.parameters().forEach(Parameter::zeroGrad);
    model.backward(new BinaryCrossEntropy().gradient(model.forward(x), y));
    return model.parameters().stream()
            .flatMapToDouble(p -> Arrays.stream(p.grad().toArray())).toArray();
}
// expect: per-example variance σ² = 0.7395
// expect:      1       0.73478    0.7348
