///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;

/// Chapter 4: every δ and gradient of the 2-3-1 network for C = ½(a2 − y)², by the four
/// equations, then once more with the engine's layers.
void main() {
    var sigmoid = new Activation.Sigmoid();
    Matrix w1 = Matrix.of(new double[] {0.5, 0.8, -0.1}, new double[] {-0.3, 0.2, 0.9}); // 2×3
    Matrix w2 = Matrix.column(-0.2, 0.4, 0.6);                                           // 3×1
    Matrix b1 = Matrix.row(0.1, 0.2, -0.1), b2 = Matrix.row(0.3);
    Matrix x = Matrix.row(1, 2), y = Matrix.row(0.5);

    // tag::forward[]
    Matrix z1 = x.times(w1).plusRow(b1), a1 = sigmoid.apply(z1);
    Matrix z2 = a1.times(w2).plusRow(b2), a2 = sigmoid.apply(z2);
    double cost = 0.5 * Math.pow(a2.item() - y.item(), 2); // C = ½(a2 − y)²
    // end::forward[]
    IO.println("a2 = %.10f   C = %.10f".formatted(a2.item(), cost));
    // expect: a2 = 0.7349890756   C = 0.0276099328

    // tag::four-equations[]
    Matrix delta2 = a2.minus(y).hadamard(sigmoid.derivative(z2)); // (1) output layer
    Matrix delta1 = delta2.times(w2.transpose())                  // (2) hidden layer
                          .hadamard(sigmoid.derivative(z1));
    Matrix gradW2 = a1.transpose().times(delta2);                 // (3)
    Matrix gradB2 = delta2.columnSums();                          // (4)
    Matrix gradW1 = x.transpose().times(delta1);                  // (3)
    Matrix gradB1 = delta1.columnSums();                          // (4)
    // end::four-equations[]
    print("δ2    ", delta2);
    print("δ1    ", delta1);
    print("∂C/∂W2", gradW2);
    print("∂C/∂b2", gradB2);
    print("∂C/∂W1", gradW1);
    print("∂C/∂b1", gradB1);
    // expect: δ2     1×1 = [[0.0457712037]]
    // expect: δ1     1×3 = [[-0.0022885602, 0.0029052795, 0.0038382942]]
    // expect: ∂C/∂W2 3×1 = [[0.0228856019], [0.0367169222], [0.0380824830]]
    // expect: ∂C/∂W1 2×3 = [[-0.0022885602, 0.0029052795, 0.0038382942], [-0.0045771204, 0.0058105590, 0.0076765884]]

    // tag::engine[]
    var hidden = Dense.of(w1, b1);
    var output = Dense.of(w2, b2);
    var network = new Sequential(hidden, new ActivationLayer(sigmoid),
                                 output, new ActivationLayer(sigmoid));
    Matrix yHat = network.forward(x);
    network.backward(yHat.minus(y)); // ∂C/∂a2 = a2 − y starts the backward pass
    // end::engine[]
    boolean same = close(hidden.weights().grad(), gradW1) && close(hidden.bias().grad(), gradB1)
            && close(output.weights().grad(), gradW2) && close(output.bias().grad(), gradB2);
    IO.println("the engine's layers give the same four gradients: " + same);
    // expect: the engine's layers give the same four gradients: true
}

void print(String name, Matrix m) {
    IO.println("%s %s = %s".formatted(name, m.shape(), m.format("%.10f")));
}

boolean close(Matrix a, Matrix b) {
    return a.minus(b).map(Math::abs).max() < 1e-15;
}
