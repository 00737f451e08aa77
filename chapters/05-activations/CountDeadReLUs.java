///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 5: after a bias shift of -3, many ReLU units output 0 for every input and get no
/// gradient at all; a leaky ReLU keeps every unit trainable.
void main() {
    var rng = new Rng(3);
    Matrix x = Matrix.gaussian(256, 4, 1, rng);
    Matrix gradOut = Matrix.gaussian(256, 100, 1, rng);
    for (double shift : new double[] {0, -3}) {
        for (Activation f : List.of(new Activation.ReLU(), new Activation.LeakyReLU(0.01))) {
            // tag::dead-units[]
            Matrix w = new Initializer.HeNormal().init(4, 100, new Rng(11));
            var dense = Dense.of(w, Matrix.filled(1, 100, shift)); // b = shift
            var activation = new ActivationLayer(f);
            activation.forward(dense.forward(x));
            dense.backward(activation.backward(gradOut));
            Matrix gradW = dense.weights().grad().transpose(); // a row per unit
            int silent = 0;
            for (int unit = 0; unit < 100; unit++) {
                if (gradW.row(unit).norm() == 0) silent++;
            }
            // end::dead-units[]
            IO.println("bias %4.1f  %-10s  units with a zero weight gradient: %3d of 100"
                    .formatted(shift, f.name(), silent));
        }
    }
    // expect: bias  0.0  relu        units with a zero weight gradient:   0 of 100
    // expect: bias -3.0  relu        units with a zero weight gradient:  30 of 100
    // expect: bias -3.0  leaky-relu  units with a zero weight gradient:   0 of 100
}
