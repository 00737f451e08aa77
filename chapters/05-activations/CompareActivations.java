///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.activations.Softmax;
import nn.math.Matrix;

/// Chapter 5: every activation and its derivative at z = -2, -1, 0, 1, 2, and softmax of that row.
void main() {
    // tag::table[]
    double[] z = {-2, -1, 0, 1, 2};
    table("f(z)", z, Activation::apply);
    IO.println();
    table("f'(z)", z, Activation::derivative);
    // end::table[]
    // expect: sigmoid       0.1192   0.2689   0.5000   0.7311   0.8808
    // expect: sigmoid       0.1050   0.1966   0.2500   0.1966   0.1050
    // expect: gelu         -0.0455  -0.1587   0.0000   0.8413   1.9545

    IO.println();
    // tag::softmax[]
    Matrix probabilities = Softmax.apply(Matrix.row(z));
    // end::softmax[]
    IO.println("%-10s %s   sum = %.4f".formatted("softmax", row(probabilities.toArray()),
            probabilities.sum()));
    // expect: softmax       0.0117   0.0317   0.0861   0.2341   0.6364   sum = 1.0000

    double worst = 0;
    for (double v : Matrix.linspace(-5, 5, 1001).toArray()) {
        worst = Math.max(worst, Math.abs(new Activation.GELU().apply(v)
                - new Activation.GELUTanh().apply(v)));
    }
    IO.println("largest |gelu - gelu-tanh| on [-5, 5]: %.1e".formatted(worst));
}

void table(String what, double[] z, ToDoubleBiFunction<Activation, Double> f) {
    IO.println("%-10s %s".formatted(what, Arrays.stream(z).mapToObj(" %8.0f"::formatted)
            .reduce("", String::concat)));
    for (Activation a : Activation.all()) {
        IO.println("%-10s %s".formatted(a.name(), row(Arrays.stream(z)
                .map(v -> f.applyAsDouble(a, v)).toArray())));
    }
}

String row(double[] values) {
    return Arrays.stream(values).mapToObj(" %8.4f"::formatted).reduce("", String::concat);
}
