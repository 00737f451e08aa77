///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.math.LeastSquares;
import nn.math.Matrix;
import nn.math.Rng;
import nn.plot.Figure;

/// Chapter 10: bias², variance and noise of polynomial fits of degree 0 to 8, each fitted to
/// 500 independent training sets of 20 noisy points from sin 3x.
void main() {
    var rng = new Rng(10);
    DoubleUnaryOperator f = x -> Math.sin(3 * x);
    double noise = 0.3;
    int sets = 500, n = 20;
    Matrix grid = Matrix.linspace(-1, 1, 101);                           // where we measure
    int maxDegree = 8;
    double[] degrees = new double[maxDegree + 1], bias2 = new double[maxDegree + 1],
            variance = new double[maxDegree + 1], total = new double[maxDegree + 1];
    IO.println("degree    bias²   variance   bias² + var + σ²   measured test MSE");
    for (int degree = 0; degree <= maxDegree; degree++) {
        // tag::resample[]
        double[][] fits = new double[sets][];                            // fits[s][g] = f̂ₛ(x_g)
        double testError = 0;
        for (int s = 0; s < sets; s++) {
            Matrix x = Matrix.uniform(n, 1, -1, 1, rng);
            Matrix y = x.map(f).plus(Matrix.gaussian(n, 1, noise, rng));
            Matrix w = LeastSquares.solve(LeastSquares.powers(x, degree), y, 1e-10);
            fits[s] = LeastSquares.powers(grid, degree).times(w).toArray();
            Matrix yNew = grid.map(f).plus(Matrix.gaussian(grid.rows(), 1, noise, rng));
            testError += yNew.minus(Matrix.column(fits[s])).map(r -> r * r).mean() / sets;
        }
        // end::resample[]
        // tag::decompose[]
        double b2 = 0, v = 0;
        for (int g = 0; g < grid.rows(); g++) {
            double mean = 0;
            for (double[] fit : fits) mean += fit[g] / sets;                 // E[f̂(x)]
            double spread = 0;
            for (double[] fit : fits) spread += (fit[g] - mean) * (fit[g] - mean) / sets;
            b2 += Math.pow(mean - f.applyAsDouble(grid.get(g, 0)), 2) / grid.rows();
            v += spread / grid.rows();
        }
        // end::decompose[]
        degrees[degree] = degree;
        bias2[degree] = b2;
        variance[degree] = v;
        total[degree] = b2 + v + noise * noise;
        IO.println("%6d   %6.4f   %8.4f   %16.4f   %17.4f"
                .formatted(degree, b2, v, total[degree], testError));
    }
    Figure.of("Bias and variance of polynomial fits", "degree", "mean squared error", 640, 360)
            .line("bias²", degrees, bias2).line("variance", degrees, variance)
            .line("bias² + variance + σ²", degrees, total)
            .dashed("noise σ²", new double[] {0, maxDegree}, new double[] {0.09, 0.09})
            .logY().legendOutside().save("regularization-bias-variance");
}

// expect:      3   0.0034     0.0666             0.1600              0.1599
