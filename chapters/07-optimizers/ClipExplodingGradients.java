///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.layers.Parameter;
import nn.math.Matrix;
import nn.optim.GradientClipping;
import nn.optim.SGD;

/// Chapter 7: clipping by global norm keeps SGD with η = 0.005 alive on the Rosenbrock function.
void main() {
    // tag::two-parameters[]
    var a = new Parameter("a", Matrix.row(0, 0));
    var b = new Parameter("b", Matrix.row(0.0));
    a.grad().accumulate(Matrix.row(3, 4));
    b.grad().accumulate(Matrix.row(12.0));
    // ‖g‖ = √(9 + 16 + 144) = 13 > 1, so every entry is divided by 13
    double norm = GradientClipping.clipByGlobalNorm(List.of(a, b), 1.0);
    // end::two-parameters[]
    IO.println("global norm before: %.1f   after: a.grad = %s, b.grad = %s".formatted(norm,
            a.grad().format("%.4f"), b.grad().format("%.4f")));

    for (double maxNorm : new double[] {0, 10, 1}) {
        Run run = descend(0.005, maxNorm, 2000);
        IO.println("%-13s ‖g‖ in steps 1-6: %s ... %s".formatted(
                maxNorm == 0 ? "no clipping" : "clip at " + maxNorm,
                Arrays.stream(run.norms()).limit(6).mapToObj("%.1e"::formatted).toList(),
                run.norms().length < 2000 ? "overflow in step " + run.norms().length
                        : "f after 2000 steps = %.2e".formatted(run.finalLoss())));
    }
}

/// The gradient norm before clipping in each step, and f where the run ended.
record Run(double[] norms, double finalLoss) {}

/// SGD on the Rosenbrock function from (−1.5, 2), clipping at `maxNorm` (0: no clipping).
Run descend(double learningRate, double maxNorm, int steps) {
    var w = new Parameter("w", Matrix.row(-1.5, 2));
    var sgd = new SGD(learningRate);
    double[] norms = new double[steps];
    for (int t = 0; t < steps; t++) {
        double x = w.value().get(0, 0), y = w.value().get(0, 1);
        w.zeroGrad();
        w.grad().accumulate(Matrix.row(-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)));
        // tag::clip-step[]
        norms[t] = maxNorm > 0 ? GradientClipping.clipByGlobalNorm(List.of(w), maxNorm)
                : w.grad().norm();
        sgd.step(List.of(w));
        // end::clip-step[]
        if (w.value().firstNonFinite() != null) {
            return new Run(Arrays.copyOf(norms, t + 1), Double.NaN);
        }
    }
    double x = w.value().get(0, 0), y = w.value().get(0, 1);
    return new Run(norms, (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x));
}
// expect: global norm before: 13.0   after: a.grad = [[0.2308, 0.3077]], b.grad = [[0.9231]]
// expect: clip at 1.0   ‖g‖ in steps 1-6: [1.6e+02, 1.5e+02, 1.4e+02, 1.3e+02, 1.2e+02, 1.1e+02] ... f after 2000 steps = 9.64e-03
