///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Datasets;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.losses.BinaryCrossEntropyWithLogits;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.plot.DecisionRegions;
import nn.train.Evaluation;
import nn.train.Trainer;

import java.nio.file.Path;

/// Chapter 9: a shallow wide network and a deeper narrow one, with about the same number of
/// parameters, on the two spirals.
void main() {
    // tag::spirals[]
    Dataset train = Datasets.twoSpirals(100, 0.03, new Rng(1));
    Dataset test = Datasets.twoSpirals(150, 0.03, new Rng(2));
    // end::spirals[]
    var rng = new Rng(3);
    // tag::models[]
    var shallow = new Sequential(dense(2, 152, rng), relu(),
            dense(152, 1, rng)); // one logit; the sigmoid is inside the loss
    var deep = new Sequential(dense(2, 16, rng), relu(), dense(16, 16, rng), relu(),
            dense(16, 16, rng), relu(),
            dense(16, 1, rng));
    // end::models[]
    IO.println("model    hidden layers  parameters  train acc  test acc");
    for (var entry : List.of(Map.entry("shallow", shallow), Map.entry("deep", deep))) {
        Sequential model = entry.getValue();
        // tag::train[]
        new Trainer(new BinaryCrossEntropyWithLogits(), new Adam(0.01))
                .epochs(150).batchSize(32).shuffle(new Rng(4))
                .fit(model, train.x(), train.y());
        // end::train[]
        IO.println("%-7s  %13d  %10d  %9.3f  %8.3f".formatted(entry.getKey(),
                (model.layers().size() - 1) / 2, Sequential.count(model.parameters()),
                accuracy(model, train), accuracy(model, test)));
        // tag::regions[]
        Path file = DecisionRegions.of("Two spirals, %s network".formatted(entry.getKey()),
                        grid -> classes(model, grid))
                .area(-1.2, 1.2, -1.2, 1.2)
                .points(train.x().toArray2d(), train.labels())
                .save("approximation-spirals-" + entry.getKey());
        // end::regions[]
        IO.println("figure: " + file.getFileName());
    }
    // expect: shallow              1         609      0.895     0.883
    // expect: deep                 3         609      0.980     0.990
}

Dense dense(int in, int out, Rng rng) {
    return new Dense(in, out, new Initializer.HeUniform(), rng); // He: for ReLU (chapter 8)
}

ActivationLayer relu() {
    return new ActivationLayer(new Activation.ReLU());
}

// tag::classes[]
/// The class of every grid point: 1 where σ(logit) ≥ 0.5, that is where the logit is ≥ 0.
int[] classes(Layer model, double[][] grid) {
    Matrix logits = Evaluation.predict(model, Matrix.of(grid));
    return Arrays.stream(logits.toArray()).mapToInt(z -> z >= 0 ? 1 : 0).toArray();
}
// end::classes[]

/// The share of points whose class (as in `classes`) is right.
double accuracy(Layer model, Dataset data) {
    var probability = new Sequential(model, new ActivationLayer(new Activation.Sigmoid()));
    return Evaluation.accuracy(probability, data.x(), data.y());
}
