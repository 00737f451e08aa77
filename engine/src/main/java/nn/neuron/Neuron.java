package nn.neuron;

import nn.activations.Activation;
import nn.math.Rng;

import java.util.Arrays;

/// One artificial neuron: `a = f(z)` with `z = Σᵢ wᵢxᵢ + b = w·x + b`. Taught in chapter 1.
///
/// @param weights    one weight `wᵢ` per input
/// @param bias       the bias `b`, which shifts the threshold
/// @param activation the activation function `f`
public record Neuron(double[] weights, double bias, Activation activation) {

    public Neuron {
        weights = weights.clone();
        if (weights.length == 0) {
            throw new IllegalArgumentException("a neuron needs at least one weight");
        }
    }

    /// A neuron with `inputs` weights and a bias all drawn from `N(0, 1)`.
    public static Neuron random(int inputs, Activation activation, Rng rng) {
        double[] w = new double[inputs];
        for (int i = 0; i < inputs; i++) w[i] = rng.gaussian();
        return new Neuron(w, rng.gaussian(), activation);
    }

    // tag::weighted-sum[]
    /// The pre-activation `z = w·x + b`.
    public double weightedSum(double[] x) {
        requireInputs(x);
        double z = bias;
        for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
        return z;
    }
    // end::weighted-sum[]

    // tag::output[]
    /// The neuron's output `a = f(w·x + b)`.
    public double output(double[] x) {
        return activation.apply(weightedSum(x));
    }
    // end::output[]

    @Override
    public double[] weights() {
        return weights.clone();
    }

    private void requireInputs(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("this neuron has %d weights but got %d inputs %s"
                    .formatted(weights.length, x.length, Arrays.toString(x)));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Neuron n && Arrays.equals(weights, n.weights) && bias == n.bias
                && activation.equals(n.activation);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(bias) * 17 + activation.hashCode();
    }

    @Override
    public String toString() {
        return "Neuron[w=%s, b=%s, f=%s]"
                .formatted(Arrays.toString(weights), bias, activation.name());
    }
}
