///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.init.Initializer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 4: gradient checking a correct Dense layer and one whose backward pass has a bug.
void main() {
    var rng = new Rng(5);
    Matrix x = Matrix.gaussian(4, 3, 1, rng); // 4 examples, 3 inputs
    // tag::check-dense[]
    var dense = new Dense(3, 3, new Initializer.Normal(1), rng);
    Report report = GradientCheck.layer(dense, x, rng);
    // end::check-dense[]
    IO.println("Dense(3 → 3): %d numbers checked, largest relative error %s, passed: %s"
            .formatted(report.entries().size(), report.maxRelativeError() < 1e-7 ? "below 1e-7"
                    : "%.1e".formatted(report.maxRelativeError()), report.passed(1e-7)));
    // expect: Dense(3 → 3): 24 numbers checked, largest relative error below 1e-7, passed: true

    // tag::check-broken[]
    Report broken = GradientCheck.layer(new ForgotTranspose(dense), x, rng);
    IO.println("first wrong entry: " + broken.firstWrong(1e-7));
    // end::check-broken[]
    for (String name : List.of("input", "W", "b")) {
        long wrong = broken.entries().stream()
                .filter(e -> e.name().equals(name) && e.relativeError() > 1e-7).count();
        long all = broken.entries().stream().filter(e -> e.name().equals(name)).count();
        IO.println("%-5s %2d of %2d entries wrong".formatted(name, wrong, all));
    }
    // expect: input 12 of 12 entries wrong
    // expect: W      0 of  9 entries wrong
}

// tag::forgot-transpose[]
/// A Dense layer whose backward pass returns dz·W instead of dz·Wᵀ. The shapes
/// still fit because W is square, so nothing crashes: only a gradient check notices.
final class ForgotTranspose implements Layer {
    private final Dense dense;

    ForgotTranspose(Dense dense) { this.dense = dense; }

    public Matrix forward(Matrix x) { return dense.forward(x); }

    public Matrix backward(Matrix gradOut) {
        dense.backward(gradOut);                       // dW and db are still right
        return gradOut.times(dense.weights().value()); // bug: should be Wᵀ
    }

    public List<Parameter> parameters() { return dense.parameters(); }
}
// end::forgot-transpose[]
