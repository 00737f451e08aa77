///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.autograd.Value;
import nn.plot.Diagram;

import java.util.IdentityHashMap;
import java.util.Map;

/// Chapter 4: the computational graph of one neuron a = σ(w·x + b), with every value and gradient.
void main() {
    // tag::neuron-graph[]
    Value x = Value.of(1.5).label("x");
    Value w = Value.of(0.8).label("w");
    Value b = Value.of(-0.5).label("b");
    Value wx = w.mul(x).label("w·x");
    Value z = wx.add(b).label("z = w·x + b");
    Value a = z.sigmoid().label("a = σ(z)");
    a.backward();
    // end::neuron-graph[]
    for (Value v : a.topologicalOrder()) {
        IO.println("%-12s data %7.4f   ∂a/∂(node) %7.4f".formatted(v.label(), v.data(), v.grad()));
    }
    // expect: w            data  0.8000   ∂a/∂(node)  0.3326
    // expect: x            data  1.5000   ∂a/∂(node)  0.1774

    // Leaves in a column on the left; every other node right of its inputs, at their mean height.
    Map<Value, double[]> at = new IdentityHashMap<>();
    int leaves = 0;
    for (Value v : a.topologicalOrder()) {
        if (v.children().isEmpty()) {
            at.put(v, new double[] {0, -leaves++});
        } else {
            var inputs = v.children().stream().map(at::get).toList();
            double column = inputs.stream().mapToDouble(p -> p[0]).max().orElseThrow();
            double row = inputs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
            at.put(v, new double[] {column + 1, row});
        }
    }
    var diagram = Diagram.of("The computational graph of a = σ(w·x + b)", 680, 400,
            -0.45, 3.45, -2.5, 0.45);
    for (Value v : at.keySet()) {
        double[] to = at.get(v);
        for (Value c : v.children()) diagram.edge(at.get(c)[0], at.get(c)[1], to[0], to[1]);
    }
    for (Value v : a.topologicalOrder()) {
        double[] p = at.get(v);
        String label = "%s = %.4f".formatted(v.label(), v.data());
        String caption = "grad %.4f".formatted(v.grad());
        diagram.node(p[0], p[1], v.children().isEmpty() ? 0 : 1, label, caption);
    }
    IO.println("figure: " + diagram.save("backpropagation-neuron-graph").getFileName());
}
