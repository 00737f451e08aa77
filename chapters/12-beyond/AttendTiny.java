///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.beyond.Attention;
import nn.math.Matrix;

/// Chapter 12: scaled dot-product attention on two queries, three keys and three values.
void main() {
    // tag::tiny[]
    Matrix q = Matrix.of(new double[] {2, 0}, new double[] {0, 2});   // 2 queries, d = 2
    Matrix k = Matrix.of(new double[] {1, 0}, new double[] {0, 1}, new double[] {1, 1});
    Matrix v = Matrix.of(new double[] {10, 0}, new double[] {0, 10}, new double[] {5, 5});
    Matrix scores = q.times(k.transpose()).scale(1 / Math.sqrt(2));   // Q·Kᵀ/√d
    Matrix weights = Attention.weights(q, k);                         // softmax of each row
    Matrix output = Attention.attend(q, k, v);                        // weights·V
    // end::tiny[]
    IO.println("scores  Q·Kᵀ/√d   = " + scores);
    IO.println("weights softmax   = " + weights);
    IO.println("output  weights·V = " + output);
    // expect: weights softmax   = [[0.4458, 0.1084, 0.4458], [0.1084, 0.4458, 0.4458]]
    IO.println("row sums of the weights: %.4f, %.4f"
            .formatted(weights.row(0).sum(), weights.row(1).sum()));
}
