///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.plot.Figure;

import java.util.function.DoubleUnaryOperator;

/// Chapter 2: gradient descent on f(x) = x², from x = 5 with learning rate 0.1, for 20 steps.
void main() {
    // tag::function[]
    DoubleUnaryOperator f = x -> x * x;        // f(x) = x²
    DoubleUnaryOperator slope = x -> 2 * x;    // f'(x) = 2x
    // end::function[]
    double learningRate = 0.1;
    double[] path = new double[21];
    // tag::descend[]
    double x = 5.0;
    path[0] = x;
    for (int step = 1; step <= 20; step++) {
        x = x - learningRate * slope.applyAsDouble(x); // x ← x − η·f'(x)
        path[step] = x;
    }
    // end::descend[]
    IO.println("step        x         f(x)       f'(x)");
    for (int step = 0; step <= 20; step++) {
        double xs = path[step];
        if (step <= 5 || step % 5 == 0) {
            IO.println("%4d  %9.6f  %11.6f  %10.6f".formatted(step, xs, f.applyAsDouble(xs), slope.applyAsDouble(xs)));
        }
    }
    IO.println("after 20 steps: x = %.6f, f(x) = %.6f".formatted(x, f.applyAsDouble(x)));
    IO.println("closed form 5·0.8^20 = %.6f".formatted(5 * Math.pow(0.8, 20)));
    // expect: after 20 steps: x = 0.057646, f(x) = 0.003323
    // expect: closed form 5·0.8^20 = 0.057646

    double[] xs = nn.math.Matrix.linspace(-5.5, 5.5, 221).toArray();
    var figure = Figure.of("Gradient descent on f(x) = x², η = 0.1", "x", "f(x)", 640, 400);
    figure.line("f(x) = x²", xs, Arrays.stream(xs).map(f).toArray());
    figure.points("x after each step", path, Arrays.stream(path).map(f).toArray());
    IO.println("figure: " + figure.range(-5.5, 5.5, -1, 30).save("gradient-descent-parabola").getFileName());
}
