///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.autograd.Value;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;

/// Chapter 4: the 2-3-1 network built from scalar Values; its gradients match the layers'.
void main() {
    double[][] w1 = {{0.5, -0.3}, {0.8, 0.2}, {-0.1, 0.9}}; // column convention: row j = unit j
    double[] b1 = {0.1, 0.2, -0.1}, w2 = {-0.2, 0.4, 0.6}, x = {1, 2};

    // tag::value-network[]
    Value[][] weights1 = new Value[3][2];
    Value[] biases1 = new Value[3], weights2 = new Value[3];
    Value b2 = Value.of(0.3);
    Value z2 = b2;
    for (int j = 0; j < 3; j++) {
        Value z1 = biases1[j] = Value.of(b1[j]);
        for (int k = 0; k < 2; k++) {
            weights1[j][k] = Value.of(w1[j][k]);
            z1 = z1.add(weights1[j][k].mul(x[k]));       // z1ⱼ = b1ⱼ + Σₖ w1ⱼₖ·xₖ
        }
        weights2[j] = Value.of(w2[j]);
        z2 = z2.add(weights2[j].mul(z1.sigmoid()));      // z2 = b2 + Σⱼ w2ⱼ·σ(z1ⱼ)
    }
    Value cost = z2.sigmoid().sub(0.5).pow(2).mul(0.5);  // C = ½(a2 − y)², y = 0.5
    cost.backward();
    // end::value-network[]
    IO.println("C = %.10f, computed by %d Value nodes".formatted(cost.data(),
            cost.topologicalOrder().size()));
    IO.println("∂C/∂b2 = %.10f".formatted(b2.grad()));
    for (int j = 0; j < 3; j++) {
        IO.println("unit %d: ∂C/∂w1 = [%.10f, %.10f]  ∂C/∂b1 = %.10f  ∂C/∂w2 = %.10f"
                .formatted(j, weights1[j][0].grad(), weights1[j][1].grad(), biases1[j].grad(),
                        weights2[j].grad()));
    }
    // expect: ∂C/∂b2 = 0.0457712037
    // expect: unit 1: ∂C/∂w1 = [0.0029052795, 0.0058105590]  ∂C/∂b1 = 0.0029052795  ∂C/∂w2 = 0.0367169222

    var hidden = Dense.of(Matrix.of(w1).transpose(), Matrix.row(b1));
    var output = Dense.of(Matrix.column(w2), Matrix.row(0.3));
    var network = new Sequential(hidden, new ActivationLayer(new Activation.Sigmoid()),
            output, new ActivationLayer(new Activation.Sigmoid()));
    network.backward(network.forward(Matrix.row(x)).plus(-0.5)); // ∂C/∂a2 = a2 − y
    double largest = Math.abs(output.bias().grad().item() - b2.grad());
    for (int j = 0; j < 3; j++) {
        largest = Math.max(largest, Math.abs(hidden.bias().grad().get(0, j) - biases1[j].grad()));
        double w2Grad = output.weights().grad().get(j, 0);
        largest = Math.max(largest, Math.abs(w2Grad - weights2[j].grad()));
        for (int k = 0; k < 2; k++) {
            double layerGrad = hidden.weights().grad().get(k, j); // our W is the transpose
            largest = Math.max(largest, Math.abs(layerGrad - weights1[j][k].grad()));
        }
    }
    IO.println("Values and layers agree on all 13 gradients to 1e-12: " + (largest < 1e-12));
    // expect: Values and layers agree on all 13 gradients to 1e-12: true
}
