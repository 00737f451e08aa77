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

/// Chapter 7: how far a mini-batch gradient lies from the full-batch gradient, by batch size.
void main() {
    Dataset data = Datasets.moons(1024, 0.3, new Rng(7));
    var rng = new Rng(1);
    var model = new Sequential(new Dense(2, 16, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(16, 1, rng)); // logits: the sigmoid is inside the loss (chapter 6)
    double[] full = gradient(model, data.x(), data.y());
    IO.println("full-batch gradient: %d numbers, norm %.4f".formatted(full.length, norm(full)));
    IO.println("batch size B   mean ‖g_B − g‖ / ‖g‖   × √B   share with g_B · g < 0");
    for (int batchSize : new int[] {1, 4, 16, 64, 256}) {
        // tag::batch-error[]
        double error = 0, uphill = 0;
        for (int k = 0; k < 200; k++) {
            int[] rows = Arrays.copyOf(rng.permutation(data.size()), batchSize);
            double[] g = gradient(model, data.x().rows(rows), data.y().rows(rows));
            if (dot(g, full) < 0) uphill += 1.0 / 200; // a step along −g_B raises the full loss
            for (int i = 0; i < g.length; i++) g[i] -= full[i];
            error += norm(g) / norm(full) / 200;
        }
        // end::batch-error[]
        IO.println("%12d   %20.3f   %5.2f   %21.1f%%".formatted(batchSize, error,
                error * Math.sqrt(batchSize), 100 * uphill));
    }
}

// tag::gradient[]
/// ∂L/∂(all weights and biases), flattened, for the mean loss over the rows of x.
double[] gradient(Sequential model, Matrix x, Matrix y) {
    var loss = new BinaryCrossEntropyWithLogits();
    model.parameters().forEach(Parameter::zeroGrad);
    Matrix yHat = model.forward(x);
    model.backward(loss.gradient(yHat, y));
    return model.parameters().stream()
            .flatMapToDouble(p -> Arrays.stream(p.grad().toArray())).toArray();
}
// end::gradient[]

double dot(double[] u, double[] v) {
    double sum = 0;
    for (int i = 0; i < u.length; i++) sum += u[i] * v[i];
    return sum;
}

double norm(double[] v) { return Math.sqrt(dot(v, v)); }
// expect: 1                  2.526    2.53                    14.5%
// expect: 4                  1.132    2.26                     2.5%
