///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Mnist;
import nn.init.Initializer;
import nn.layers.*;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.train.Evaluation;
import nn.train.Trainer;

/// Chapter 10: data augmentation. A network trained on 1,000 MNIST digits, tested on the 2,000
/// test digits as they are and shifted by up to 3 pixels, without and with random shifts of
/// the training images.
void main() {
    var split = Mnist.split(Mnist.load());
    Dataset train = split.train().first(1000);
    Dataset test = split.test();
    Matrix shiftedTest = shiftAll(test.x(), 3, new Rng(99));
    IO.println("training         test accuracy   shifted test accuracy");
    for (boolean augment : new boolean[] {false, true}) {
        var rng = new Rng(10);
        var network = new Sequential(new Dense(Mnist.PIXELS, 64, new Initializer.HeNormal(), rng),
                new ActivationLayer(new Activation.ReLU()), new Dense(64, Mnist.CLASSES, rng));
        var optimizer = new Adam(0.001);
        // tag::augment[]
        for (int epoch = 0; epoch < 20; epoch++) {       // a fresh random shift every epoch
            Matrix x = augment ? shiftAll(train.x(), 3, rng) : train.x();
            new Trainer(new SoftmaxCrossEntropy(), optimizer).epochs(1).batchSize(32)
                    .shuffle(rng).verbose(false).fit(network, x, train.y());
        }
        // end::augment[]
        String name = augment ? "shifted images" : "as they are";
        IO.println("%-15s  %12.1f%%   %20.1f%%".formatted(name,
                100 * Evaluation.accuracy(network, test.x(), test.y()),
                100 * Evaluation.accuracy(network, shiftedTest, test.y())));
    }
}

/// Every image (one row of 28 × 28 pixels) moved by its own random (dx, dy) in
/// [−max, max]², filling with background (0).
// tag::shift[]
Matrix shiftAll(Matrix images, int max, Rng rng) {
    Matrix shifted = Matrix.zeros(images.rows(), images.cols());
    int side = Mnist.SIDE;
    for (int i = 0; i < images.rows(); i++) {
        int dx = rng.nextInt(2 * max + 1) - max, dy = rng.nextInt(2 * max + 1) - max;
        for (int r = Math.max(0, dy); r < Math.min(side, side + dy); r++) {
            for (int c = Math.max(0, dx); c < Math.min(side, side + dx); c++) {
                shifted.set(i, r * side + c, images.get(i, (r - dy) * side + (c - dx)));
            }
        }
    }
    return shifted;
}
// end::shift[]
// expect: as they are              87.9%                   37.5%
