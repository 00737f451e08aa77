///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 5: two Dense layers without an activation between them are one Dense layer.
void main() {
    var rng = new Rng(1);
    Matrix x = Matrix.gaussian(5, 3, 1, rng);
    var first = Dense.of(Matrix.gaussian(3, 4, 1, rng), Matrix.gaussian(1, 4, 1, rng));
    var second = Dense.of(Matrix.gaussian(4, 2, 1, rng), Matrix.gaussian(1, 2, 1, rng));
    // tag::collapse[]
    Matrix w1 = first.weights().value(), b1 = first.bias().value();
    Matrix w2 = second.weights().value(), b2 = second.bias().value();
    // One layer with W = W₁W₂ and b = b₁W₂ + b₂:
    var merged = Dense.of(w1.times(w2), b1.times(w2).plus(b2));
    Matrix twoLayers = new Sequential(first, second).forward(x);
    Matrix oneLayer = merged.forward(x);
    // end::collapse[]
    IO.println("largest difference, two linear layers vs one: %.1e"
            .formatted(twoLayers.minus(oneLayer).map(Math::abs).max()));
    Matrix withTanh = new Sequential(first, new ActivationLayer(new Activation.Tanh()), second)
            .forward(x);
    IO.println("largest difference, with tanh in between:     %.1e"
            .formatted(withTanh.minus(oneLayer).map(Math::abs).max()));
    // expect: largest difference, with tanh in between:     2.3e+00
}
