///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.beyond.RecurrentCell;
import nn.math.Matrix;

/// Chapter 12: a recurrent cell with two hidden units read a sequence of four numbers, one
/// step at a time; then how a factor repeated over many steps vanishes or explodes.
void main() {
    // tag::cell[]
    var cell = new RecurrentCell(
            Matrix.row(1.0, -0.5),                           // W_xh: 1 × 2
            Matrix.of(new double[] {0.5, 0.2}, new double[] {-0.3, 0.8}), // W_hh: 2 × 2
            Matrix.row(0.0, 0.1));                           // b: 1 × 2
    List<Matrix> xs = List.of(Matrix.row(1.0), Matrix.row(0.0), Matrix.row(0.0), Matrix.row(-1.0));
    List<Matrix> states = cell.unroll(xs, Matrix.zeros(1, 2)); // h₀ = 0
    // end::cell[]
    IO.println("t   x_t    h_t");
    for (int t = 0; t < xs.size(); t++) {
        IO.println("%d  %+.1f  %s".formatted(t + 1, xs.get(t).item(), states.get(t)));
    }
    // expect: 1  +1.0  [[0.7616, -0.3799]]

    // tag::vanishing[]
    IO.println("\nfactor w   w^10        w^50");
    for (double w : new double[] {0.9, 1.1}) {
        IO.println("%8.1f   %-10.4f  %.4f".formatted(w, Math.pow(w, 10), Math.pow(w, 50)));
    }
    // end::vanishing[]
    // expect:      0.9   0.3487      0.0052
}
