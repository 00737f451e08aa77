///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Softmax;
import nn.attention.ScaledDotProduct;
import nn.math.Matrix;

/// Chapter 15: the backward pass of attention on two tokens, every intermediate printed.
void main() {
    // tag::trace[]
    Matrix q = Matrix.of(new double[] {1, 0}, new double[] {0, 1});   // 2 tokens, d = 2
    Matrix k = Matrix.of(new double[] {1, 0}, new double[] {0, 1});
    Matrix v = Matrix.of(new double[] {1, 2}, new double[] {3, 4});
    var attention = new ScaledDotProduct(false);
    Matrix y = attention.forward(q, k, v);
    Matrix gradOut = Matrix.of(new double[] {1, 0}, new double[] {0, 0}); // L = y₀₀
    ScaledDotProduct.Gradients grads = attention.backward(gradOut);
    // end::trace[]
    Matrix a = attention.weights();
    IO.println("weights A     = " + a);
    // expect: weights A     = [[0.6698, 0.3302], [0.3302, 0.6698]]
    IO.println("output  Y     = " + y);
    IO.println("L = y₀₀       = %.4f = 1 + 2·a₀₁".formatted(y.get(0, 0)));
    // expect: L = y₀₀       = 1.6605 = 1 + 2·a₀₁
    IO.println("dV = Aᵀ·dY    = " + grads.v());
    IO.println("dA = dY·Vᵀ    = " + gradOut.timesTranspose(v));
    Matrix gradScores = Softmax.backward(a, gradOut.timesTranspose(v));
    IO.println("dS            = " + gradScores);
    // expect: dS            = [[-0.4424, 0.4424], [0.0000, 0.0000]]
    IO.println("dQ = dS·K/√d  = " + grads.q());
    // expect: dQ = dS·K/√d  = [[-0.3128, 0.3128], [0.0000, 0.0000]]
    IO.println("dK = dSᵀ·Q/√d = " + grads.k());
    // expect: dK = dSᵀ·Q/√d = [[-0.3128, 0.0000], [0.3128, 0.0000]]
}
