///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.data.Dataset;
import nn.data.Mnist;
import nn.plot.ImageGrid;

/// Chapter 11: a first look at the MNIST digits: shapes, one digit in numbers, class counts.
void main() {
    // tag::load[]
    Dataset digits = Mnist.load();
    var split = Mnist.split(digits);
    Dataset train = split.train(), test = split.test();
    // end::load[]
    IO.println("all:   " + digits);
    IO.println("train: " + train);
    IO.println("test:  " + test);
    // expect: train: mnist digits (train): 8000 examples, x 8000×784, y 8000×10, labelled

    IO.println("\ntraining digit 0, label %d: pixels × 9, rows 4 to 23".formatted(train.label(0)));
    // tag::one-digit[]
    double[][] image = Mnist.image(train, 0);
    for (int r = 4; r < 24; r++) {
        var line = new StringBuilder();
        for (double pixel : image[r]) {
            line.append(pixel == 0 ? " ." : "%2d".formatted(Math.round(9 * pixel)));
        }
        IO.println(line);
    }
    // end::one-digit[]

    // tag::class-counts[]
    int[] trainCounts = new int[10], testCounts = new int[10];
    for (int label : train.labels()) trainCounts[label]++;
    for (int label : test.labels()) testCounts[label]++;
    // end::class-counts[]
    IO.println("\ndigit  train   test  share");
    for (int c = 0; c < Mnist.CLASSES; c++) {
        IO.println("%5d  %5d  %5d  %4.1f%%".formatted(c, trainCounts[c], testCounts[c],
                100.0 * (trainCounts[c] + testCounts[c]) / digits.size()));
    }
    // expect:     1    902    225  11.3%

    // tag::grid[]
    var grid = ImageGrid.of("The first 40 training digits and their labels", 10);
    for (int i = 0; i < 40; i++) {
        grid.gray(Mnist.image(train, i), "label " + train.label(i));
    }
    // end::grid[]
    IO.println("\nfigure: " + grid.save("digits-samples").getFileName());
}
