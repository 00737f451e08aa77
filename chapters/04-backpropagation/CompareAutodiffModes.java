///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.autograd.Dual;
import nn.autograd.Value;
import nn.math.Rng;

/// Chapter 4: the gradient of f(x) = Σᵢ tanh(xᵢ·xᵢ₊₁) with n inputs, by forward mode (one pass
/// of dual numbers per input) and by reverse mode (one graph of Values, one backward pass).
void main() {
    IO.println("     n   dual operations   graph nodes   difference");
    for (int n : new int[] {10, 100, 300, 1000}) {
        double[] x = new double[n];
        var rng = new Rng(n);
        for (int i = 0; i < n; i++) x[i] = rng.gaussian();
        double[] forward = forwardMode(x);
        double[] reverse = reverseMode(x);
        double difference = 0;
        for (int i = 0; i < n; i++) difference = Math.max(difference,
                Math.abs(forward[i] - reverse[i]));
        IO.println("%6d   %15d   %11d   %10.1e".formatted(n, n * 3L * n, nodes, difference));
        if (n == 1000) {
            last = "n = 1000: %d dual operations against %d graph nodes, same gradient: %b"
                    .formatted(n * 3L * n, nodes, difference == 0);
        }
    }
    IO.println(last);
}

int nodes;   // the size of the last graph reverseMode built
String last; // the summary line

// tag::forward-mode[]
/// ∂f/∂xᵢ for every i: n passes, each seeding one input with derivative 1; each pass does 3n
/// dual operations (n products, n tanh, n sums).
double[] forwardMode(double[] x) {
    double[] gradient = new double[x.length];
    for (int i = 0; i < x.length; i++) {
        Dual[] inputs = new Dual[x.length];
        for (int j = 0; j < x.length; j++) {
            inputs[j] = j == i ? Dual.variable(x[j]) : Dual.constant(x[j]);
        }
        gradient[i] = f(inputs).derivative();
    }
    return gradient;
}
// end::forward-mode[]

Dual f(Dual[] x) {
    Dual sum = Dual.constant(0);
    for (int i = 0; i < x.length; i++) sum = sum.add(x[i].mul(x[(i + 1) % x.length]).tanh());
    return sum;
}

// tag::reverse-mode[]
/// ∂f/∂xᵢ for every i: one forward pass that records the graph, one backward pass.
double[] reverseMode(double[] x) {
    Value[] inputs = new Value[x.length];
    for (int j = 0; j < x.length; j++) inputs[j] = Value.of(x[j]);
    Value sum = Value.of(0);
    for (int i = 0; i < x.length; i++) {
        sum = sum.add(inputs[i].mul(inputs[(i + 1) % x.length]).tanh());
    }
    sum.backward();
    nodes = sum.topologicalOrder().size();
    return Arrays.stream(inputs).mapToDouble(Value::grad).toArray();
}
// end::reverse-mode[]
// expect: n = 1000: 3000000 dual operations against 4001 graph nodes, same gradient: true
