///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.optim.Adam;
import nn.optim.Descent;

/// Chapter 7: Adam's step under a constant gradient g = 0.5, with and without bias correction.
void main() {
    // tag::constant-gradient[]
    double eta = 0.01, beta1 = 0.9, beta2 = 0.999, g = 0.5;
    double[][] path = Descent.path(new Adam(eta, beta1, beta2, 1e-8), new double[] {0},
            w -> new double[] {g}, 1000);
    // end::constant-gradient[]
    IO.println("   t   m = (1-β₁ᵗ)g   v = (1-β₂ᵗ)g²   step/η uncorrected   step/η of Adam");
    for (int t : new int[] {1, 2, 3, 10, 100, 1000}) {
        // tag::uncorrected[]
        // m and v after t steps of m ← β₁m + (1−β₁)g and v ← β₂v + (1−β₂)g²
        double m = (1 - Math.pow(beta1, t)) * g;
        double v = (1 - Math.pow(beta2, t)) * g * g;
        double uncorrected = m / Math.sqrt(v);           // m / √v
        // end::uncorrected[]
        double adam = (path[t - 1][0] - path[t][0]) / eta;
        IO.println("%4d   %12.6f   %13.8f   %18.4f   %14.4f".formatted(t, m, v, uncorrected, adam));
    }
}
// expect: 1       0.050000      0.00025000               3.1623           1.0000
// expect: 1000       0.500000      0.15807614               1.2576           1.0000
