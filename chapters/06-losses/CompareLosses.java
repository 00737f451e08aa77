///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.losses.*;
import nn.math.Matrix;

/// Chapter 6: every loss of the engine on one set of binary and one set of 3-class predictions.
void main() {
    // tag::binary[]
    // 5 examples with 1 output each; yHat holds probabilities of class 1.
    Matrix y = Matrix.column(1, 0, 1, 1, 0);
    Matrix yHat = Matrix.column(0.9, 0.2, 0.8, 0.6, 0.1);
    Matrix logits = yHat.map(p -> Math.log(p / (1 - p))); // σ(z) = ŷ
    // end::binary[]
    IO.println("binary: y = [1, 0, 1, 1, 0], ŷ = [0.9, 0.2, 0.8, 0.6, 0.1]");
    for (Loss loss : List.of(new MeanSquaredError(), new MeanAbsoluteError(), new Huber(1.0),
            new BinaryCrossEntropy())) {
        print(loss, yHat, y);
    }
    print(new BinaryCrossEntropyWithLogits(), logits, y);
    // expect: mse          0.0520   gradient [-0.0400, 0.0800, -0.0800, -0.1600, 0.0400]
    // expect: bce          0.2336   gradient [-0.2222, 0.2500, -0.2500, -0.3333, 0.2222]
    // expect: bce-logits   0.2336   gradient [-0.0200, 0.0400, -0.0400, -0.0800, 0.0200]

    IO.println();
    // tag::categorical[]
    // One-hot targets for the classes 0, 1 and 2:
    Matrix classes = Matrix.of(new double[] {1, 0, 0}, new double[] {0, 1, 0},
            new double[] {0, 0, 1});
    Matrix probabilities = Matrix.of(new double[] {0.7, 0.2, 0.1},
            new double[] {0.1, 0.8, 0.1}, new double[] {0.1, 0.1, 0.8});
    Matrix scores = probabilities.map(Math::log); // logits whose softmax is ŷ
    // end::categorical[]
    IO.println("3 classes: targets [0, 1, 2], ŷ rows [0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.1, 0.1, 0.8]");
    IO.println("%-11s %.4f".formatted("cce", new CategoricalCrossEntropy().value(probabilities, classes)));
    IO.println("%-11s %.4f".formatted("softmax-ce", new SoftmaxCrossEntropy().value(scores, classes)));
    // expect: cce         0.2677
    // expect: softmax-ce  0.2677
}

void print(Loss loss, Matrix yHat, Matrix y) {
    String gradient = Arrays.stream(loss.gradient(yHat, y).toArray())
            .mapToObj("%.4f"::formatted).toList().toString();
    IO.println("%-11s %7.4f   gradient %s".formatted(loss.name(), loss.value(yHat, y), gradient));
}
