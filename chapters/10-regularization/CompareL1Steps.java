///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.ProximalL1;

/// Chapter 10: an L1 penalty on a linear regression where 3 of 20 features matter, minimized
/// with subgradient steps and with proximal steps. Only the proximal steps give exact zeros.
final int n = 200, features = 20;
final double[] trueW = {3, -2, 1.5}; // the other 17 weights are 0
final double learningRate = 0.05, lambda = 0.1;

void main() {
    var rng = new Rng(10);
    var x = Matrix.zeros(n, features);
    var y = Matrix.zeros(n, 1);
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < features; j++) x.set(i, j, rng.gaussian());
        double target = 0.1 * rng.gaussian();
        for (int j = 0; j < trueW.length; j++) target += trueW[j] * x.get(i, j);
        y.set(i, 0, target);
    }
    var subgradient = new Parameter("w", Matrix.zeros(features, 1));
    var proximal = new Parameter("w", Matrix.zeros(features, 1));
    var optimizer = new ProximalL1(learningRate, lambda);
    for (int t = 0; t < 2000; t++) {
        // tag::subgradient[]
        Matrix g = gradient(subgradient.value(), x, y).plus(
                subgradient.value().map(w -> lambda * Math.signum(w)));   // ∂L + λ·sign(w)
        subgradient.value().addInPlace(g, -learningRate);
        // end::subgradient[]
        proximal.zeroGrad();
        proximal.grad().accumulate(gradient(proximal.value(), x, y));
        optimizer.step(List.of(proximal));
    }
    IO.println("after 2000 steps, η = %s, λ = %s".formatted(learningRate, lambda));
    IO.println("steps         w1      w2      w3   exact zeros   largest |w| of the 17");
    report("subgradient", subgradient.value());
    report("proximal", proximal.value());
}

/// ∂L/∂w for L = (1/2n)·‖x·w − y‖²: xᵀ·(x·w − y) / n.
Matrix gradient(Matrix w, Matrix x, Matrix y) {
    return x.transpose().times(x.times(w).minus(y)).scale(1.0 / n);
}

void report(String name, Matrix w) {
    double[] v = w.toArray();
    long zeros = Arrays.stream(v, trueW.length, features).filter(a -> a == 0).count();
    double largest = Arrays.stream(v, trueW.length, features).map(Math::abs).max().orElseThrow();
    IO.println("%-11s %7.3f %7.3f %7.3f   %5d of 17   %.1e".formatted(name, v[0], v[1], v[2],
            zeros, largest));
}
// expect: subgradient   2.885  -1.903   1.388       0 of 17   5.6e-03
// expect: proximal      2.886  -1.904   1.389      17 of 17   0.0e+00
