///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.layers.Parameter;
import nn.math.Matrix;
import nn.recurrent.Rnn;

/// Chapter 14: backpropagation through time for a recurrent network with one unit, written out
/// with plain numbers, then the same with the engine's `Rnn`.
void main() {
    // tag::scalar-forward[]
    double wx = 0.5, wh = 0.8, b = 0.0, y = 0.5;   // one input, one hidden unit
    double[] x = {1.0, 0.5, -1.0};                // x₁, x₂, x₃
    int steps = x.length;
    double[] h = new double[steps + 1];           // h[0] = h₀ = 0
    for (int t = 1; t <= steps; t++) h[t] = Math.tanh(wx * x[t - 1] + wh * h[t - 1] + b);
    double loss = 0.5 * (h[steps] - y) * (h[steps] - y); // L = ½(h₃ − y)²
    // end::scalar-forward[]
    IO.println("forward:  h1 = %.6f   h2 = %.6f   h3 = %.6f   L = %.6f"
            .formatted(h[1], h[2], h[3], loss));
    // expect: forward:  h1 = 0.462117   h2 = 0.550915   h3 = -0.059199   L = 0.156352

    // tag::scalar-backward[]
    double gradH = h[steps] - y;                  // ∂L/∂h₃
    double gradWx = 0, gradWh = 0, gradB = 0;
    for (int t = steps; t >= 1; t--) {
        double delta = gradH * (1 - h[t] * h[t]); // δₜ = ∂L/∂hₜ · tanh'(zₜ)
        IO.println("step %d:   ∂L/∂h = %+.6f   δ = %+.6f".formatted(t, gradH, delta));
        gradWx += x[t - 1] * delta;               // every step adds its share
        gradWh += h[t - 1] * delta;
        gradB += delta;
        gradH = delta * wh;                       // ∂L/∂hₜ₋₁ = δₜ · w_h
    }
    // end::scalar-backward[]
    // expect: step 2:   ∂L/∂h = -0.445791   δ = -0.310491
    IO.println("by hand:  dW_xh = %+.6f   dW_hh = %+.6f   db = %+.6f"
            .formatted(gradWx, gradWh, gradB));

    // tag::engine[]
    Rnn rnn = Rnn.of(Matrix.row(wx), Matrix.row(wh), Matrix.row(b));
    List<Matrix> hs = rnn.forward(List.of(Matrix.row(x[0]), Matrix.row(x[1]), Matrix.row(x[2])));
    rnn.backward(Arrays.asList(null, null, hs.getLast().minus(Matrix.row(y)))); // loss at step 3
    // end::engine[]
    List<Parameter> p = rnn.parameters();
    IO.println("engine:   dW_xh = %+.6f   dW_hh = %+.6f   db = %+.6f"
            .formatted(p.get(0).grad().item(), p.get(1).grad().item(), p.get(2).grad().item()));
    // expect: engine:   dW_xh = +0.206646   dW_hh = -0.450474   db = -1.063077
}
