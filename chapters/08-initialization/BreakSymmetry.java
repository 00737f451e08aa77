///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Datasets;
import nn.init.Initializer;
import nn.layers.*;
import nn.losses.BinaryCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.SGD;
import nn.train.Evaluation;
import nn.train.Trainer;

/// Chapter 8: a 2-4-1 network on XOR, started from equal weights and from Xavier weights.
void main() {
    Dataset xor = Datasets.xor();
    for (Initializer init : List.of(new Initializer.Constant(0.5), new Initializer.XavierUniform())) {
        // tag::train[]
        var rng = new Rng(4);
        var hidden = new Dense(2, 4, init, rng);
        var model = new Sequential(hidden, new ActivationLayer(new Activation.Tanh()),
                new Dense(4, 1, init, rng), new ActivationLayer(new Activation.Sigmoid()));
        new Trainer(new BinaryCrossEntropy(), new SGD(0.5)).epochs(2000).batchSize(4)
                .verbose(false).fit(model, xor.x(), xor.y());
        // end::train[]
        Matrix w = hidden.weights().value();
        IO.println("%s: hidden weights after training (one column per unit)".formatted(
                init instanceof Initializer.Constant ? "all weights 0.5" : "Xavier uniform"));
        for (int i = 0; i < w.rows(); i++) {
            IO.println("  from x%d: %s".formatted(i + 1, Arrays.stream(w.rowArray(i))
                    .mapToObj("%8.4f"::formatted).reduce("", String::concat)));
        }
        IO.println("  largest difference between two units: %.1e".formatted(spread(w)));
        IO.println("  accuracy on XOR: %.2f".formatted(Evaluation.accuracy(model, xor.x(), xor.y())));
    }
}

// tag::spread[]
/// The largest |W[i][j] − W[i][0]|: zero when all units (columns) have equal weights.
double spread(Matrix w) {
    double largest = 0;
    for (int i = 0; i < w.rows(); i++) {
        for (int j = 1; j < w.cols(); j++) {
            largest = Math.max(largest, Math.abs(w.get(i, j) - w.get(i, 0)));
        }
    }
    return largest;
}
// end::spread[]
// expect: largest difference between two units: 0.0e+00
// expect: accuracy on XOR: 0.75
// expect: accuracy on XOR: 1.00
