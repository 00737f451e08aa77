///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.losses.BinaryCrossEntropy;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;

/// Chapter 6: the negative log-likelihoods of a Gaussian and a Bernoulli model are MSE and BCE,
/// and cross-entropy is entropy plus KL divergence.
void main() {
    double[] yHat = {0.9, 0.2, 0.8, 0.6, 0.1};
    double[] y = {1, 0, 1, 1, 0};
    // tag::likelihoods[]
    double gaussian = 0, bernoulli = 0;
    for (int i = 0; i < y.length; i++) {
        double r = y[i] - yHat[i];
        gaussian -= Math.log(Math.exp(-r * r / 2) / Math.sqrt(2 * Math.PI)); // N(y; ŷ, 1)
        bernoulli -= Math.log(Math.pow(yHat[i], y[i]) * Math.pow(1 - yHat[i], 1 - y[i]));
    }
    gaussian /= y.length;
    bernoulli /= y.length;
    // end::likelihoods[]
    double mse = new MeanSquaredError().value(Matrix.column(yHat), Matrix.column(y));
    double bce = new BinaryCrossEntropy().value(Matrix.column(yHat), Matrix.column(y));
    IO.println("Gaussian NLL (σ = 1) %.4f = MSE/2 + ln √(2π) = %.4f + %.4f"
            .formatted(gaussian, mse / 2, Math.log(Math.sqrt(2 * Math.PI))));
    IO.println("Bernoulli NLL        %.4f   engine BCE %.4f".formatted(bernoulli, bce));
    // expect: Gaussian NLL (σ = 1) 0.9449 = MSE/2 + ln √(2π) = 0.0260 + 0.9189
    // expect: Bernoulli NLL        0.2336   engine BCE 0.2336

    // tag::divergence[]
    double[] p = {0.7, 0.2, 0.1};
    double[] q = {0.5, 0.3, 0.2};
    double entropy = 0, crossEntropy = 0, kl = 0;
    for (int j = 0; j < p.length; j++) {
        entropy -= p[j] * Math.log(p[j]);            // H(p)
        crossEntropy -= p[j] * Math.log(q[j]);       // H(p, q)
        kl += p[j] * Math.log(p[j] / q[j]);          // KL(p ‖ q)
    }
    // end::divergence[]
    IO.println("H(p) = %.4f   H(p, q) = %.4f   KL(p ‖ q) = %.4f   H + KL = %.4f"
            .formatted(entropy, crossEntropy, kl, entropy + kl));
    // expect: H(p) = 0.8018   H(p, q) = 0.8869   KL(p ‖ q) = 0.0851   H + KL = 0.8869
}
