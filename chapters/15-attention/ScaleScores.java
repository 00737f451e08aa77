///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Softmax;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 15: why attention divides its scores by √d. Queries and keys with entries of
/// variance 1 give dot products of variance d; unscaled, softmax saturates and its gradient dies.
void main() {
    var rng = new Rng(15);
    IO.println("%5s %10s %10s %10s %10s %10s %10s".formatted("", "std of", "scores",
            "largest", "weight", "softmax", "slope"));
    IO.println("%5s %10s %10s %10s %10s %10s %10s".formatted("d", "q·k", "q·k/√d",
            "raw", "scaled", "raw", "scaled"));
    for (int d : new int[] {4, 16, 64, 256, 1024}) {
        // tag::scores[]
        Matrix q = Matrix.gaussian(200, d, 1, rng), k = Matrix.gaussian(8, d, 1, rng);
        Matrix raw = q.timesTranspose(k);              // 200 queries × 8 keys
        Matrix scaled = raw.scale(1 / Math.sqrt(d));
        // end::scores[]
        IO.println("%5d %10.2f %10.2f %10.3f %10.3f %10.4f %10.4f".formatted(d, std(raw),
                std(scaled), meanLargest(raw), meanLargest(scaled), slope(raw), slope(scaled)));
    }
    // expect:  1024      32.03       1.00      0.980      0.363     0.0037     0.0960
}

double std(Matrix m) {
    return Math.sqrt(m.hadamard(m).mean() - m.mean() * m.mean());
}

/// The mean over queries of the largest of the 8 softmax weights.
double meanLargest(Matrix scores) {
    Matrix a = Softmax.apply(scores);
    double sum = 0;
    for (int i = 0; i < a.rows(); i++) sum += a.row(i).max();
    return sum / a.rows();
}

// tag::slope[]
/// The mean size of ∂aᵢ/∂sᵢ = aᵢ(1 − aᵢ), the diagonal of the softmax Jacobian: how strongly a
/// weight still responds to its own score.
double slope(Matrix scores) {
    Matrix a = Softmax.apply(scores);
    return a.hadamard(a.map(ai -> 1 - ai)).mean();
}
// end::slope[]
