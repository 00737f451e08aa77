///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.math.Matrix;
import nn.math.Rng;

/// Preface: the book's conventions in a few lines: a batch is an n × in matrix, one example per
/// row; a layer's weights are in × out; every random number comes from a seeded Rng.
void main() {
    // tag::batch[]
    // x: n × in = 4 × 3, one example per row
    var x = Matrix.of(
            new double[] {1.0, 2.0, 0.5},
            new double[] {0.0, -1.0, 3.0},
            new double[] {2.0, 0.0, 1.0},
            new double[] {1.5, 1.5, -0.5});
    var w = Matrix.gaussian(3, 2, 1.0, new Rng(42)); // in × out = 3 × 2
    var b = Matrix.row(0.1, -0.2);                   // 1 × out
    var z = x.times(w).plusRow(b);                   // n × out = 4 × 2
    // end::batch[]
    IO.println("x: " + x.shape() + "   w: " + w.shape() + "   b: " + b.shape() + "   z: " + z.shape());
    IO.println("example 1 = " + x.row(1) + "   feature 2 of every example = " + x.transpose().row(2));
    IO.println("w = " + w);
    IO.println("z = " + z);
    // expect: x: 4×3   w: 3×2   b: 1×2   z: 4×2

    // tag::seeded[]
    int[] first = new Rng(7).permutation(6);
    int[] again = new Rng(7).permutation(6);
    int[] other = new Rng(8).permutation(6);
    // end::seeded[]
    IO.println("Rng(7) shuffles 0..5 into " + Arrays.toString(first));
    IO.println("Rng(7) again:              " + Arrays.toString(again));
    IO.println("Rng(8):                    " + Arrays.toString(other));
    IO.println("same seed, same order: " + Arrays.equals(first, again));
    // expect: same seed, same order: true
}
