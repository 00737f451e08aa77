///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.layers.BatchNorm1d;
import nn.layers.Dropout;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 10: dropout and batch normalization behave differently in training and evaluation.
void main() {
    // tag::dropout-modes[]
    var dropout = new Dropout(0.5, new Rng(1));
    Matrix ones = Matrix.filled(3, 6, 1);
    IO.println("dropout, training:\n" + rows(dropout.forward(ones)));
    IO.println("mean over 100 000 entries: %.4f".formatted(
            dropout.forward(Matrix.filled(1000, 100, 1)).mean()));
    dropout.setTraining(false);
    IO.println("dropout, evaluation:\n" + rows(dropout.forward(ones)));
    // end::dropout-modes[]
    // expect: mean over 100 000 entries: 1.0006

    // tag::batchnorm-modes[]
    var rng = new Rng(2);
    var norm = new BatchNorm1d(2);
    Matrix batch = null;
    for (int step = 0; step < 100; step++) { // features with mean (5, −2) and std (2, 0.5)
        batch = scaleColumns(Matrix.gaussian(32, 2, 1, rng), 2, 0.5)
                .plusRow(Matrix.row(5, -2));
        norm.forward(batch);
    }
    Matrix y = norm.forward(batch);
    IO.println("batch norm, training: output means %s, variances %s".formatted(
            pair(y.columnSums().scale(1.0 / 32)),
            pair(y.hadamard(y).columnSums().scale(1.0 / 32))));
    IO.println("running mean %s, running variance %s".formatted(
            pair(norm.runningMean()), pair(norm.runningVariance())));
    norm.setTraining(false);
    IO.println("batch norm, evaluation: (5, −2) ↦ %s, (9, −1) ↦ %s".formatted(
            pair(norm.forward(Matrix.row(5, -2))), pair(norm.forward(Matrix.row(9, -1)))));
    // end::batchnorm-modes[]
    // expect: batch norm, training: output means (0.000, 0.000), variances (1.000, 1.000)
}

String rows(Matrix m) {
    var out = new StringBuilder();
    for (int i = 0; i < m.rows(); i++) {
        for (double v : m.rowArray(i)) out.append("%4.1f".formatted(v));
        out.append(i < m.rows() - 1 ? "\n" : "");
    }
    return out.toString();
}

/// A 1 × 2 row as "(a, b)", with −0.000 shown as 0.000.
String pair(Matrix row) {
    return "(%.3f, %.3f)".formatted(tidy(row.get(0, 0)), tidy(row.get(0, 1)));
}

double tidy(double v) {
    return Math.abs(v) < 5e-4 ? 0 : v;
}

Matrix scaleColumns(Matrix x, double s1, double s2) {
    return x.hadamard(Matrix.filled(x.rows(), 1, 1).times(Matrix.row(s1, s2)));
}
