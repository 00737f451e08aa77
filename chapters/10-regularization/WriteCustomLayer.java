///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Parameter;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 10: a custom layer, y = x + f(x) (a residual connection), checked against
/// finite differences.
void main() {
    var rng = new Rng(8);
    // tag::use-residual[]
    Layer block = new Residual(new Sequential(new Dense(4, 8, rng),
            new ActivationLayer(new Activation.Tanh()), new Dense(8, 4, rng)));
    Report report = GradientCheck.layer(block, Matrix.gaussian(5, 4, 1, rng), rng);
    // end::use-residual[]
    IO.println("checked %d numbers (input and %d parameters)".formatted(
            report.entries().size(), block.parameters().size()));
    IO.println("worst: " + report.worst());
    IO.println("passed at 1e-6: " + report.passed(1e-6));
    // expect: passed at 1e-6: true
}

// tag::residual[]
/// `y = x + f(x)`: the input skips over `f` and is added back. `f` must keep the shape.
final class Residual implements Layer {
    private final Layer f;

    Residual(Layer f) {
        this.f = f;
    }

    public Matrix forward(Matrix x) {
        return x.plus(f.forward(x));                    // y = x + f(x)
    }

    public Matrix backward(Matrix gradOut) {
        return gradOut.plus(f.backward(gradOut));       // dx = dy + f'(x)ᵀ·dy
    }

    public List<Parameter> parameters() { return f.parameters(); }

    public void setTraining(boolean training) { f.setTraining(training); }

    public String describe() {
        return "Residual(" + f.describe().lines().findFirst().orElse("") + ")";
    }
}
// end::residual[]
