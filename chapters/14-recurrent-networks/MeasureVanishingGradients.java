///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.math.Matrix;
import nn.math.Rng;
import nn.plot.Figure;
import nn.recurrent.Rnn;
import nn.recurrent.Sequences;

/// Chapter 14: how the gradient of a loss at the last step shrinks or grows on its way back
/// to earlier steps, for recurrent weights of three sizes.
void main() {
    int steps = 60, hidden = 16, batch = 20;
    double[] distance = new double[steps];
    Arrays.setAll(distance, k -> k);
    var figure = Figure.of("Gradient norm on its way back through time", "steps back from T",
            "‖∂L/∂h‖", 600, 380);
    IO.println("scale   ‖∂L/∂h_T‖  10 back    30 back    59 back");
    for (double scale : new double[] {0.5, 1.0, 1.5}) {
        var rng = new Rng(14);
        // tag::measure[]
        Rnn rnn = Rnn.of(Matrix.gaussian(1, hidden, 0.1, rng),             // W_xh: small inputs
                Matrix.gaussian(hidden, hidden, scale / Math.sqrt(hidden), rng), // W_hh
                Matrix.zeros(1, hidden));
        List<Matrix> xs = Sequences.gaussian(steps, batch, 1, 1, rng);
        rnn.forward(xs);
        List<Matrix> gradOuts = new ArrayList<>(Collections.nCopies(steps, (Matrix) null));
        Matrix direction = Matrix.gaussian(batch, hidden, 1, rng);
        gradOuts.set(steps - 1, direction.scale(1 / direction.norm())); // ‖∂L/∂h_T‖ = 1
        List<Matrix> gradStates = rnn.backward(gradOuts).states();      // ∂L/∂hₜ, t = 1 … T
        double[] norms = new double[steps];
        for (int k = 0; k < steps; k++) norms[k] = gradStates.get(steps - 1 - k).norm();
        // end::measure[]
        IO.println("%5.1f   %-9.4f  %-9.2e  %-9.2e  %.2e".formatted(
                scale, norms[0], norms[10], norms[30], norms[59]));
        figure.line("W_hh scale " + scale, distance, norms);
    }
    // expect: scale   ‖∂L/∂h_T‖  10 back    30 back    59 back
    // expect:   0.5   1.0000     7.13e-04   4.40e-10   5.60e-19
    IO.println("without tanh (a linear network): 0.5^10 = %.1e, 1.5^59 = %.1e"
            .formatted(Math.pow(0.5, 10), Math.pow(1.5, 59)));
    // expect: without tanh (a linear network): 0.5^10 = 9.8e-04, 1.5^59 = 2.5e+10
    figure.logY().legendOutside();
    IO.println("figure: " + figure.save("recurrent-vanishing").getFileName());
}
