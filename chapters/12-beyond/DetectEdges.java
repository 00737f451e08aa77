///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.beyond.Convolution;
import nn.data.Mnist;
import nn.plot.ImageGrid;

/// Chapter 12: two 3 × 3 edge kernels slid over an MNIST digit, and what weight sharing saves.
void main() {
    var train = Mnist.split(Mnist.load()).train();
    double[][] digit = Mnist.image(train, 1); // a 7
    // tag::edges[]
    double[][] vertical = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}; // left-to-right change
    double[][] horizontal = {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}}; // top-to-bottom change
    double[][] verticalEdges = Convolution.crossCorrelate2d(digit, vertical);
    double[][] horizontalEdges = Convolution.crossCorrelate2d(digit, horizontal);
    // end::edges[]
    IO.println("digit %d: %d×%d pixels → feature maps of %d×%d".formatted(train.label(1),
            digit.length, digit[0].length, verticalEdges.length, verticalEdges[0].length));
    // expect: digit 7: 28×28 pixels → feature maps of 26×26
    IO.println("vertical edges:   values from %+.2f to %+.2f"
            .formatted(stats(verticalEdges).getMin(), stats(verticalEdges).getMax()));
    IO.println("horizontal edges: values from %+.2f to %+.2f"
            .formatted(stats(horizontalEdges).getMin(), stats(horizontalEdges).getMax()));

    // tag::parameters[]
    int filters = 8, side = 26, outputs = filters * side * side;
    int convParameters = filters * (3 * 3 + 1);                   // one kernel + bias each
    long denseParameters = (long) Mnist.PIXELS * outputs + outputs; // one weight per pair
    // end::parameters[]
    IO.println("\n%d feature maps of %d×%d = %d outputs".formatted(filters, side, side, outputs));
    IO.println("convolutional layer: %,10d parameters".formatted(convParameters));
    IO.println("dense layer:         %,10d parameters".formatted(denseParameters));
    // expect: dense layer:          4,245,280 parameters

    var grid = ImageGrid.of("A digit and two feature maps", 3).pixelSize(5)
            .gray(digit, "input 28×28")
            .signed(verticalEdges, "vertical edges 26×26")
            .signed(horizontalEdges, "horizontal edges 26×26");
    IO.println("figure: " + grid.save("beyond-feature-maps").getFileName());
}

DoubleSummaryStatistics stats(double[][] map) {
    return Arrays.stream(map).flatMapToDouble(Arrays::stream).summaryStatistics();
}
