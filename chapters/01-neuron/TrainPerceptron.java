///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.neuron.Perceptron;
import nn.plot.Figure;

/// Chapter 1: the perceptron learning rule finds a line that separates AND, and one for OR.
void main() {
    // tag::gates[]
    double[][] inputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    int[] and = {0, 0, 0, 1};
    int[] or = {0, 1, 1, 1};
    // end::gates[]
    train("AND", inputs, and);
    train("OR", inputs, or);
}

void train(String gate, double[][] inputs, int[] labels) {
    // tag::train[]
    var perceptron = new Perceptron(2, 1.0);
    List<Integer> mistakes = perceptron.train(inputs, labels, 100);
    // end::train[]
    double[] w = perceptron.weights();
    IO.println("%-3s mistakes per epoch %s".formatted(gate, mistakes));
    IO.println("    learned w = [%.0f, %.0f], b = %.0f".formatted(w[0], w[1], perceptron.bias()));
    for (double[] x : inputs) {
        IO.print("    %s(%.0f, %.0f) = %d".formatted(gate, x[0], x[1], perceptron.predict(x)));
    }
    IO.println();
    plot(gate, inputs, labels, w, perceptron.bias());
}

void plot(String gate, double[][] inputs, int[] labels, double[] w, double b) {
    var figure = Figure.of("Perceptron on " + gate, "x₁", "x₂", 520, 380).legendOutside();
    for (int label = 0; label <= 1; label++) {
        int wanted = label;
        double[][] points = java.util.stream.IntStream.range(0, inputs.length)
                .filter(i -> labels[i] == wanted).mapToObj(i -> inputs[i]).toArray(double[][]::new);
        figure.points("output " + label, column(points, 0), column(points, 1));
    }
    double[] x1 = {-0.5, 1.5};
    double[] x2 = Arrays.stream(x1).map(v -> -(w[0] * v + b) / w[1]).toArray(); // w₁x₁ + w₂x₂ + b = 0
    figure.dashed("boundary", x1, x2).range(-0.5, 1.5, -0.5, 1.5);
    IO.println("    figure: " + figure.save("perceptron-" + gate.toLowerCase()).getFileName());
}

double[] column(double[][] rows, int j) {
    return Arrays.stream(rows).mapToDouble(r -> r[j]).toArray();
}
// expect: AND mistakes per epoch [2, 3, 3, 2, 1, 0]
// expect: learned w = [2, 1], b = -3
// expect: OR  mistakes per epoch [2, 2, 1, 0]
// expect: learned w = [1, 1], b = -1
