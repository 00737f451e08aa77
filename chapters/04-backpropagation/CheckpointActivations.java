///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 4: backpropagation through L = 64 tanh layers, keeping every activation, or only
/// every k-th one (checkpoints) and recomputing the rest segment by segment.
final int layers = 64;
final List<Matrix> weights = new ArrayList<>();
int evaluations;                    // layer forward passes, counted
int held;                           // activations in memory now
int peak;                           // and at most

void main() {
    var rng = new Rng(4);
    for (int l = 0; l < layers; l++) weights.add(Matrix.gaussian(32, 32, 1 / Math.sqrt(32), rng));
    Matrix x = Matrix.gaussian(16, 32, 1, rng);                       // a batch of 16
    IO.println("checkpoint every   activations held (peak)   layer evaluations   |Δ gradient|");
    Matrix reference = null;
    for (int every : new int[] {1, 2, 4, 8, 16, 64}) {
        evaluations = 0;
        held = 0;
        peak = 0;
        Matrix gradient = gradientWithCheckpoints(x, every);
        if (reference == null) reference = gradient;
        double difference = gradient.minus(reference).map(Math::abs).max();
        IO.println("%16d   %23d   %17d   %12.1e".formatted(every, peak, evaluations, difference));
    }
}

Matrix layer(int l, Matrix a) {
    evaluations++;
    return a.times(weights.get(l)).map(Math::tanh);                  // a_{l+1} = tanh(a_l·W_l)
}

// tag::checkpoints[]
/// ∂(Σ a_L)/∂x, keeping only a_0, a_k, a_2k, …, a_L from the forward pass (k divides L).
Matrix gradientWithCheckpoints(Matrix x, int k) {
    var checkpoints = new ArrayList<Matrix>();
    Matrix a = x;
    keep(checkpoints, a);
    for (int l = 0; l < layers; l++) {
        a = layer(l, a);
        if ((l + 1) % k == 0) keep(checkpoints, a);                   // a_k, a_2k, …, a_L
    }
    Matrix grad = Matrix.filled(a.rows(), a.cols(), 1);              // ∂(Σ a_L)/∂a_L
    for (int start = layers - k; start >= 0; start -= k) {
        var outputs = new ArrayList<Matrix>();                        // a_{start+1} … a_{start+k}
        Matrix s = checkpoints.get(start / k);
        for (int l = start; l < start + k - 1; l++) keep(outputs, s = layer(l, s)); // recompute
        outputs.add(checkpoints.get(start / k + 1));                  // the next checkpoint
        for (int l = start + k - 1; l >= start; l--) {
            Matrix out = outputs.get(l - start);                      // a_{l+1}
            Matrix gradZ = grad.hadamard(out.map(v -> 1 - v * v));    // through tanh
            grad = gradZ.timesTranspose(weights.get(l));              // through ·W_l
        }
        held -= outputs.size() - 1;                                   // the segment is freed
    }
    return grad;
}
// end::checkpoints[]

void keep(List<Matrix> list, Matrix a) {
    list.add(a);
    peak = Math.max(peak, ++held);
}
// expect:                8                        16                 120        0.0e+00
