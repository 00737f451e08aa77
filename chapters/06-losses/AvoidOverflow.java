///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.activations.Softmax;
import nn.losses.BinaryCrossEntropy;
import nn.losses.BinaryCrossEntropyWithLogits;
import nn.math.Matrix;

/// Chapter 6: naive softmax, log-sum-exp and cross-entropy break at extreme inputs; the stable
/// forms of the engine do not.
void main() {
    double[] z = {1000, 1001, 1002};
    IO.println("z = [1000, 1001, 1002]");
    IO.println("naive softmax   " + Arrays.toString(naiveSoftmax(z)));
    IO.println("stable softmax  " + Softmax.apply(Matrix.row(z)).format("%.4f"));
    IO.println("naive ln Σ e^z  " + Math.log(Arrays.stream(z).map(Math::exp).sum()));
    IO.println("log-sum-exp     %.4f".formatted(Softmax.logSumExp(z)));
    // expect: naive softmax   [NaN, NaN, NaN]
    // expect: log-sum-exp     1002.4076

    IO.println();
    // tag::bce-clip[]
    double p = 0, y = 1; // certain, and wrong
    double naive = -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    double clipped = new BinaryCrossEntropy()
            .value(Matrix.row(p), Matrix.row(y));
    // end::bce-clip[]
    IO.println("bce at ŷ = 0, y = 1: naive %s, clipped %.4f".formatted(naive, clipped));
    // expect: bce at ŷ = 0, y = 1: naive Infinity, clipped 27.6310

    double[][] cases = {{-1000, 1}, {1000, 0}, {1000, 1}};  // (z, y)
    for (double[] c : cases) {
        // tag::bce-logits[]
        double s = new Activation.Sigmoid().apply(c[0]); // exactly 0 or 1 here
        double naiveBce = -(c[1] * Math.log(s) + (1 - c[1]) * Math.log(1 - s));
        double withLogits = new BinaryCrossEntropyWithLogits()
                .value(Matrix.row(c[0]), Matrix.row(c[1]));
        // end::bce-logits[]
        IO.println("z = %5.0f, y = %.0f: bce of σ(z) = %-8s  bce with logits = %.4f"
                .formatted(c[0], c[1], naiveBce, withLogits));
    }
    // expect: z = -1000, y = 1: bce of σ(z) = Infinity  bce with logits = 1000.0000
    // expect: z =  1000, y = 1: bce of σ(z) = NaN       bce with logits = 0.0000
}

// tag::naive-softmax[]
/// Softmax exactly as the formula reads: e^(zⱼ) / Σₖ e^(zₖ).
/// Overflows as soon as some zⱼ exceeds about 709.78.
double[] naiveSoftmax(double[] z) {
    double sum = 0;
    for (double v : z) sum += Math.exp(v);
    double[] a = new double[z.length];
    for (int j = 0; j < z.length; j++) a[j] = Math.exp(z[j]) / sum;
    return a;
}
// end::naive-softmax[]
