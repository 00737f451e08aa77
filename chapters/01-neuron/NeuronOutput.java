///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.math.Matrix;
import nn.math.Rng;
import nn.neuron.Neuron;
import nn.plot.Figure;

/// Chapter 1: one neuron's output on the input x = [1.5, -0.5, 2.0], and its three activations.
void main() {
    // tag::neuron[]
    double[] x = {1.5, -0.5, 2.0};
    var neuron = new Neuron(new double[] {0.2, -0.4, 0.7}, 0.1, new Activation.Sigmoid());
    double z = neuron.weightedSum(x);
    double a = neuron.output(x);
    // end::neuron[]
    IO.println("x = [1.5, -0.5, 2.0]   w = [0.2, -0.4, 0.7]   b = 0.1");
    IO.println("z = w·x + b = %.4f".formatted(z));
    IO.println("a = σ(z)    = %.4f".formatted(a));
    // expect: z = w·x + b = 2.0000
    // expect: a = σ(z)    = 0.8808

    IO.println();
    // tag::activations[]
    List<Activation> activations = List.of(new Activation.Step(), new Activation.Sigmoid(), new Activation.Tanh());
    for (Activation f : activations) {
        IO.println("%-8s f(%.1f) = %.4f".formatted(f.name(), z, f.apply(z)));
    }
    // end::activations[]
    // expect: sigmoid  f(2.0) = 0.8808

    // tag::random-neuron[]
    var random = Neuron.random(3, new Activation.Sigmoid(), new Rng(42));
    // end::random-neuron[]
    IO.println();
    double[] rw = random.weights();
    IO.println("a random neuron (seed 42): w = [%.4f, %.4f, %.4f], b = %.4f"
            .formatted(rw[0], rw[1], rw[2], random.bias()));
    IO.println("its output on x: %.4f".formatted(random.output(x)));

    var zs = Matrix.linspace(-5, 5, 401).toArray();
    var figure = Figure.of("The activations of chapter 1", "z", "f(z)");
    for (Activation f : activations) {
        figure.line(f.name(), zs, Arrays.stream(zs).map(f::apply).toArray());
    }
    IO.println("figure: " + figure.range(-5, 5, -1.1, 1.1).save("neuron-activations").getFileName());
}
