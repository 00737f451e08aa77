///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.neuron.Perceptron;
import nn.plot.Figure;

/// Chapter 1: the perceptron never stops making mistakes on XOR, because no line separates it.
void main() {
    double[][] inputs = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    int[] xor = {0, 1, 1, 0};
    int[] and = {0, 0, 0, 1};

    // tag::xor[]
    List<Integer> xorMistakes = new Perceptron(2, 1.0).train(inputs, xor, 20);
    // end::xor[]
    List<Integer> andMistakes = new Perceptron(2, 1.0).train(inputs, and, 20);
    IO.println("XOR mistakes per epoch " + xorMistakes);
    IO.println("XOR epochs without a mistake: " + xorMistakes.stream().filter(m -> m == 0).count());

    // tag::best-line[]
    // Try every line w₁x₁ + w₂x₂ + b = 0 on a grid and keep the best number of correct points.
    int best = 0;
    for (double w1 = -2; w1 <= 2; w1 += 0.25) {
        for (double w2 = -2; w2 <= 2; w2 += 0.25) {
            for (double b = -2; b <= 2; b += 0.25) {
                int correct = 0;
                for (int i = 0; i < 4; i++) {
                    int yHat = w1 * inputs[i][0] + w2 * inputs[i][1] + b >= 0 ? 1 : 0;
                    if (yHat == xor[i]) correct++;
                }
                best = Math.max(best, correct);
            }
        }
    }
    // end::best-line[]
    IO.println("best line on a grid of %d candidates gets %d of 4 XOR points right".formatted(17 * 17 * 17, best));
    // expect: XOR epochs without a mistake: 0
    // expect: best line on a grid of 4913 candidates gets 3 of 4 XOR points right

    var figure = Figure.of("Mistakes per epoch", "epoch", "mistakes", 560, 340).legendOutside();
    figure.line("AND", epochs(andMistakes.size()), toArray(andMistakes));
    figure.line("XOR", epochs(xorMistakes.size()), toArray(xorMistakes));
    IO.println("figure: " + figure.range(1, 20, 0, 4.2).save("perceptron-mistakes").getFileName());
}

double[] epochs(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n).asDoubleStream().toArray();
}

double[] toArray(List<Integer> values) {
    return values.stream().mapToDouble(Integer::doubleValue).toArray();
}
