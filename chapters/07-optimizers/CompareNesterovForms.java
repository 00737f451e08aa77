///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.optim.Descent;
import nn.optim.Nesterov;

/// Chapter 7: Nesterov's look-ahead form and the engine's form walk the same path in the valley
/// f(x, y) = ½(x² + 50y²), once the look-ahead point is taken as the engine's weights.
double[] gradient(double[] w) { return new double[] {w[0], 50 * w[1]}; } // ∇f = (x, 50y)

void main() {
    double learningRate = 0.025, beta = 0.9;
    double[][] engine = Descent.path(new Nesterov(learningRate, beta), new double[] {-8, 1},
            this::gradient, 150);
    // tag::look-ahead[]
    double[] w = {-8, 1}, v = {0, 0};
    double largest = 0;
    for (int t = 1; t <= 150; t++) {
        double[] ahead = {w[0] - learningRate * beta * v[0], w[1] - learningRate * beta * v[1]};
        double[] g = gradient(ahead);                         // the gradient at the look-ahead
        for (int i = 0; i < 2; i++) {
            v[i] = beta * v[i] + g[i];                        // v ← β·v + ∇f(w − η·β·v)
            w[i] -= learningRate * v[i];                      // w ← w − η·v
        }
        for (int i = 0; i < 2; i++) {                         // u = w − η·β·v, the next look-ahead
            double u = w[i] - learningRate * beta * v[i];
            largest = Math.max(largest, Math.abs(u - engine[t][i]));
        }
    }
    // end::look-ahead[]
    IO.println("steps compared: 150, start (-8, 1), η = %s, β = %s".formatted(learningRate, beta));
    IO.println("largest |u_t − w_t(engine)|: %.1e".formatted(largest));
}
// expect: largest |u_t − w_t(engine)|: 8.9e-16
