///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.conv.Conv2d;
import nn.conv.ConvolutionGradients;
import nn.conv.MaxPool2d;
import nn.conv.Volume;
import nn.gradcheck.GradientCheck;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 13: one convolution and one max-pooling, forward and backward, on numbers small
/// enough to check by hand; then a gradient check of both layers.
void main() {
    // tag::example[]
    var in = new Volume(1, 3, 3);
    Matrix x = Matrix.row(1, 2, 0,
                          0, 1, 3,
                          2, 0, 1);
    Matrix kernel = Matrix.row(1, 0,
                               2, -1);  // one 2 × 2 kernel, as a row
    var conv = Conv2d.of(in, 2, kernel, Matrix.column(0.0));
    Matrix y = conv.forward(x);          // 1 × 4: the 2 × 2 feature map
    Matrix gradOut = Matrix.row(1, -1,
                                0, 2);   // ∂L/∂y, as if from the layers above
    Matrix gradIn = conv.backward(gradOut);
    // end::example[]
    IO.println("y     = " + grid(y, 2));
    // expect: y     = [[0, 1], [4, 0]]
    IO.println("dL/dK = " + grid(conv.kernels().grad(), 2));
    // expect: dL/dK = [[1, 8], [-1, 0]]
    IO.println("dL/db = %.0f".formatted(conv.bias().grad().item()));
    IO.println("dL/dx = " + grid(gradIn, 3));
    // expect: dL/dx = [[1, -1, 0], [2, -1, 1], [0, 4, -2]]

    // tag::flipped[]
    double[][] dy = {{1, -1}, {0, 2}}, k = {{1, 0}, {2, -1}};
    double[][] flipped = ConvolutionGradients.flipped(k);
    double[][] viaFlip = ConvolutionGradients.gradInput(dy, k); // pad(dy, 1) ⋆ flip(k)
    // end::flipped[]
    IO.println("\nflip(K)              = " + Arrays.deepToString(round(flipped)));
    IO.println("pad(dy, 1) ⋆ flip(K) = " + Arrays.deepToString(round(viaFlip)));

    // tag::pool[]
    var pool = new MaxPool2d(new Volume(1, 4, 4), 2);
    Matrix maps = Matrix.row(1, 3, 5, 4,
                             2, 0, 1, 1,
                             0, 2, 6, 0,
                             7, 1, 3, 8);
    Matrix pooled = pool.forward(maps);                      // the largest of each 2 × 2
    Matrix routed = pool.backward(Matrix.row(10, 20, 30, 40)); // each to its maximum
    // end::pool[]
    IO.println("\nmax-pooled = " + grid(pooled, 2));
    // expect: max-pooled = [[3, 5], [7, 8]]
    IO.println("routed     = " + grid(routed, 4));

    // tag::check[]
    var rng = new Rng(13);
    var convCheck = new Conv2d(new Volume(2, 6, 6), 3, 3, rng);
    var poolCheck = new MaxPool2d(new Volume(2, 6, 6), 2);
    var convReport = GradientCheck.layer(convCheck, Matrix.gaussian(4, 72, 1, rng), rng);
    var poolReport = GradientCheck.layer(poolCheck, Matrix.gaussian(4, 72, 1, rng), rng);
    // end::check[]
    IO.println("\ngradient check, %d entries of Conv2d: largest relative error %.1e"
            .formatted(convReport.entries().size(), convReport.maxRelativeError()));
    IO.println("gradient check, %d entries of MaxPool2d: largest relative error %.1e"
            .formatted(poolReport.entries().size(), poolReport.maxRelativeError()));
    IO.println("both below 1e-7: " + (convReport.passed(1e-7) && poolReport.passed(1e-7)));
    // expect: both below 1e-7: true
}

/// A `1 × (rows·cols)` matrix, or a matrix of any shape read row-major, as nested rows.
String grid(Matrix m, int cols) {
    double[] v = m.toArray();
    double[][] rows = new double[v.length / cols][cols];
    for (int i = 0; i < v.length; i++) rows[i / cols][i % cols] = v[i];
    return Arrays.deepToString(round(rows));
}

/// Whole numbers without ".0", so the output reads like the text.
Object[] round(double[][] rows) {
    return Arrays.stream(rows).map(r -> Arrays.stream(r)
            .mapToObj(d -> d == Math.rint(d) ? "%d".formatted((long) d) : "%.4f".formatted(d))
            .toList()).toArray();
}
