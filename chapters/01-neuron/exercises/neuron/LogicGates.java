package neuron;

import nn.activations.Activation;
import nn.neuron.Neuron;

/// Exercise 1.2: choose weights and a bias by hand so that one step neuron computes a logic gate
/// on inputs 0 and 1. (The step activation outputs 1 when `z ≥ 0`, else 0.)
public final class LogicGates {
    private LogicGates() {}

    /// NAND: outputs 0 only when both inputs are 1.
    public static Neuron nand() {
        // Your code here, e.g. return new Neuron(new double[] {w1, w2}, b, new Activation.Step());
        throw new UnsupportedOperationException("exercise 1.2 not attempted yet");
    }

    /// NOR: outputs 1 only when both inputs are 0.
    public static Neuron nor() {
        // Your code here.
        throw new UnsupportedOperationException("exercise 1.2 not attempted yet");
    }

    static Activation step() { return new Activation.Step(); }
}
