///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.math.LeastSquares;
import nn.math.Matrix;
import nn.math.Rng;
import nn.plot.Figure;

/// Chapter 10: learning curves. Training and test error of polynomial fits of degree 1 and 5
/// to n noisy points from sin 3x, against n, each the mean over 200 training sets.
void main() {
    var rng = new Rng(11);
    DoubleUnaryOperator f = x -> Math.sin(3 * x);
    int[] sizes = {20, 30, 50, 80, 160, 320, 640};
    double[] n = Arrays.stream(sizes).asDoubleStream().toArray();
    var figure = Figure.of("Learning curves", "training examples n", "mean squared error",
            640, 360);
    for (int degree : new int[] {1, 5}) {
        double[] train = new double[sizes.length], test = new double[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            // tag::curve[]
            for (int s = 0; s < 200; s++) {
                Matrix x = Matrix.uniform(sizes[k], 1, -1, 1, rng);
                Matrix y = x.map(f).plus(Matrix.gaussian(sizes[k], 1, 0.3, rng));
                Matrix w = LeastSquares.solve(LeastSquares.powers(x, degree), y, 1e-10);
                Matrix xNew = Matrix.uniform(500, 1, -1, 1, rng);
                Matrix yNew = xNew.map(f).plus(Matrix.gaussian(500, 1, 0.3, rng));
                train[k] += mse(LeastSquares.powers(x, degree).times(w), y) / 200;
                test[k] += mse(LeastSquares.powers(xNew, degree).times(w), yNew) / 200;
            }
            // end::curve[]
        }
        IO.println("degree %d   n:     %s".formatted(degree, row("%8d", sizes)));
        IO.println("           train: %s".formatted(row("%8.4f", train)));
        IO.println("           test:  %s".formatted(row("%8.4f", test)));
        figure.line("degree %d, training".formatted(degree), n, train)
                .dashed("degree %d, test".formatted(degree), n, test);
    }
    figure.dashed("noise σ²", new double[] {sizes[0], 640}, new double[] {0.09, 0.09})
            .logX().range(10, 1000, 0, 0.5).legendOutside().save("regularization-learning-curves");
}

double mse(Matrix yHat, Matrix y) {
    return yHat.minus(y).map(r -> r * r).mean();
}

String row(String format, int[] values) {
    return Arrays.stream(values).mapToObj(format::formatted).collect(Collectors.joining());
}

String row(String format, double[] values) {
    return Arrays.stream(values).mapToObj(format::formatted).collect(Collectors.joining());
}
// expect:            test:    0.2892  0.2740  0.2682  0.2640  0.2575  0.2587  0.2576
