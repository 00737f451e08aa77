///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 8: Var(z) = n_in · Var(w) · E[a²], measured on one layer with 2000 inputs.
void main() {
    var rng = new Rng(3);
    IO.println("  n_in   Var(w)    input         predicted Var(z)   measured Var(z)");
    for (int fanIn : new int[] {10, 100, 1000}) {
        for (double varW : new double[] {1.0 / fanIn, 2.0 / fanIn}) {
            // tag::one-layer[]
            Matrix x = Matrix.gaussian(2000, fanIn, 1, rng);              // Var(x) = 1
            Matrix w = Matrix.gaussian(fanIn, 200, Math.sqrt(varW), rng); // Var(w) = varW
            Matrix a = new Activation.ReLU().apply(x);                    // a = relu(x)
            double linear = variance(x.times(w));                         // z = x·W
            double relu = variance(a.times(w));                           // z = a·W
            // end::one-layer[]
            IO.println("%6d   %-8.4f  x ~ N(0, 1)   %16.4f   %15.4f".formatted(fanIn, varW, fanIn * varW, linear));
            IO.println("%6d   %-8.4f  relu(x)       %16.4f   %15.4f".formatted(fanIn, varW, fanIn * varW / 2, relu));
        }
    }
}

double variance(Matrix z) {
    double mean = z.mean();
    return z.map(v -> (v - mean) * (v - mean)).mean();
}
// expect: 1000   0.0020    relu(x)                 1.0000            1.0062
