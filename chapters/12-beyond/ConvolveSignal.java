///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.beyond.Convolution;
import nn.plot.Figure;

/// Chapter 12: 1-D convolution by its definition, then smoothing and edge detection by sliding
/// a kernel along a short signal.
void main() {
    // tag::definition[]
    double[] f = {1, 2, 3};
    double[] g = {0, 1, 0.5};
    IO.println("f ∗ g       = " + format(Convolution.convolve(f, g)));
    // end::definition[]
    // expect: f ∗ g       = [0.00, 1.00, 2.50, 4.00, 1.50]

    // tag::signal[]
    double[] x = {0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0};
    double[] smooth = {1 / 3.0, 1 / 3.0, 1 / 3.0}; // average of three neighbours
    double[] edge = {-1, 1};                        // next value minus this one
    double[] smoothed = Convolution.crossCorrelate(x, smooth);
    double[] edges = Convolution.crossCorrelate(x, edge);
    // end::signal[]
    IO.println("\nsignal      = " + format(x));
    IO.println("smoothed    = " + format(smoothed));
    IO.println("edges       = " + format(edges));
    // expect: edges       = [0.00, 0.00, 1.00, 0.00, 0.00, 0.00, 0.00, -1.00, 0.00, 0.00, 0.00]

    // tag::flip[]
    double[] full = Convolution.convolve(x, edge);
    double[] valid = Arrays.copyOfRange(full, edge.length - 1, x.length); // no overhang
    // end::flip[]
    IO.println("x ∗ [-1, 1] = " + format(valid));

    double[] positions = new double[x.length];
    for (int i = 0; i < x.length; i++) positions[i] = i;
    var figure = Figure.of("One signal, two kernels", "position n", "value", 600, 360)
            .line("signal", positions, x)
            .line("smoothed [1/3, 1/3, 1/3]", shifted(1, smoothed.length), smoothed)
            .dashed("edges [−1, 1]", shifted(0.5, edges.length), edges)
            .legendOutside();
    IO.println("figure: " + figure.save("beyond-signal").getFileName());
}

/// Where output n sits on the signal's axis: the middle of the window it was computed from.
double[] shifted(double offset, int n) {
    double[] at = new double[n];
    for (int i = 0; i < n; i++) at[i] = i + offset;
    return at;
}

String format(double[] values) {
    return Arrays.stream(values).mapToObj("%.2f"::formatted).toList().toString();
}
