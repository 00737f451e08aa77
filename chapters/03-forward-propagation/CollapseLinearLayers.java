///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 3: two linear layers are one linear layer; a sigmoid between them breaks that.
void main() {
    var rng = new Rng(3);
    var first = Dense.of(Matrix.gaussian(3, 4, 1, rng), Matrix.gaussian(1, 4, 1, rng));  // 3 → 4
    var second = Dense.of(Matrix.gaussian(4, 2, 1, rng), Matrix.gaussian(1, 2, 1, rng)); // 4 → 2
    Matrix x = Matrix.gaussian(5, 3, 1, rng);

    // tag::collapse[]
    var identity = new ActivationLayer(new Activation.Identity());
    var linear = new Sequential(first, identity, second);
    Matrix w1 = first.weights().value(), b1 = first.bias().value();
    Matrix w2 = second.weights().value(), b2 = second.bias().value();
    var single = Dense.of(w1.times(w2), b1.times(w2).plus(b2)); // W1·W2, b1·W2 + b2
    // end::collapse[]
    IO.println("two layers: 3 → 4 → 2 with %d parameters; one layer: 3 → 2 with %d".formatted(
            Sequential.count(linear.parameters()), Sequential.count(single.parameters())));
    double gap = largestDifference(linear.forward(x), single.forward(x));
    IO.println("identity between them: largest difference %s".formatted(size(gap)));
    // expect: identity between them: largest difference below 1e-12

    // tag::nonlinear[]
    var sigmoid = new ActivationLayer(new Activation.Sigmoid());
    var curved = new Sequential(first, sigmoid, second);
    // end::nonlinear[]
    IO.println("sigmoid between them:  largest difference %s"
            .formatted(size(largestDifference(curved.forward(x), single.forward(x)))));
}

double largestDifference(Matrix a, Matrix b) {
    return a.minus(b).map(Math::abs).max();
}

String size(double gap) {
    return gap < 1e-12 ? "below 1e-12" : "%.4f".formatted(gap);
}
