///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.attention.LayerNorm;
import nn.layers.BatchNorm1d;
import nn.math.Matrix;

/// Chapter 15: layer normalization normalizes each row, batch normalization each column.
void main() {
    // tag::normalize[]
    Matrix x = Matrix.of(new double[] {1, 2, 3, 6},     // 3 tokens, 4 features
                         new double[] {10, 20, 30, 60},
                         new double[] {0, 0, 1, -1});
    Matrix byRow = new LayerNorm(4).forward(x);
    Matrix byColumn = new BatchNorm1d(4).forward(x);
    Matrix alone = new LayerNorm(4).forward(x.row(0)); // a batch of one token
    // end::normalize[]
    IO.println("layer norm, each row on its own:");
    for (int r = 0; r < 3; r++) {
        IO.println("  row %d  %s".formatted(r, byRow.row(r).format("%6.3f")));
    }
    IO.println("batch norm, each column on its own:");
    for (int r = 0; r < 3; r++) {
        IO.println("  row %d  %s".formatted(r, byColumn.row(r).format("%6.3f")));
    }
    IO.println("layer norm of row 0 alone: " + alone.format("%6.3f"));
    // expect: layer norm of row 0 alone: [[-1.069, -0.535,  0.000,  1.604]]
    IO.println("batch norm of row 0 alone:\n  "
            + errorOf(() -> new BatchNorm1d(4).forward(x.row(0))));
}

String errorOf(Runnable r) {
    try {
        r.run();
        return "no error";
    } catch (IllegalArgumentException e) {
        return "error: " + e.getMessage();
    }
}
