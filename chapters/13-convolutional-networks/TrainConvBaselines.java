///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.data.Mnist;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Rng;
import nn.optim.Adam;
import nn.train.Evaluation;
import nn.train.Trainer;

/// Chapter 13: the two baselines a convolutional network has to beat on the digits, trained
/// on the same 8,000 and tested on the same 2,000: softmax regression and chapter 11's MLP.
void main() {
    var split = Mnist.split(Mnist.load());
    var train = split.train();
    var test = split.test();
    // tag::baselines[]
    var rng = new Rng(11);
    var softmaxRegression = new Sequential(
            new Dense(Mnist.PIXELS, Mnist.CLASSES, rng));            // logits = x·W + b
    var mlp = new Sequential(                                        // chapter 11's network
            new Dense(Mnist.PIXELS, 128, new Initializer.HeNormal(), rng),
            new ActivationLayer(new Activation.ReLU()),
            new Dense(128, Mnist.CLASSES, rng));
    // end::baselines[]
    IO.println("model                 parameters  epochs  test accuracy");
    for (var model : List.of(softmaxRegression, mlp)) {
        int epochs = 3;
        new Trainer(new SoftmaxCrossEntropy(), new Adam(0.001))
                .epochs(epochs).batchSize(32).shuffle(new Rng(1))
                .fit(model, train.x(), train.y());
        double accuracy = Evaluation.accuracy(model, test.x(), test.y());
        String name = model == mlp ? "MLP 784-128-10" : "softmax regression";
        IO.println("%-20s %11d %7d %13.2f%%".formatted(name, Sequential.count(model.parameters()),
                epochs, 100 * accuracy));
    }
}
