///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;
import nn.activations.Activation;
import nn.data.Mnist;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Rng;
import nn.optim.Adam;
import nn.plot.Figures;
import nn.train.Evaluation;
import nn.train.Trainer;

/// Chapter 11: trains a small 784-64-10 ReLU network and writes it, with the first 20 test
/// digits, to `digits-network.js` for the live figure that classifies the reader's drawings.
void main() throws java.io.IOException {
    var split = Mnist.split(Mnist.load());
    var train = split.train();
    var test = split.test();
    var rng = new Rng(11);
    var hidden = new Dense(Mnist.PIXELS, 64, new Initializer.HeNormal(), rng);
    var output = new Dense(64, Mnist.CLASSES, rng);
    var network = new Sequential(hidden, new ActivationLayer(new Activation.ReLU()), output);
    new Trainer(new SoftmaxCrossEntropy(), new Adam(0.001))
            .epochs(8).batchSize(32).shuffle(new Rng(1)).verbose(false)
            .fit(network, train.x(), train.y());

    var weights = ByteBuffer.allocate(4 * Sequential.count(network.parameters()))
            .order(ByteOrder.LITTLE_ENDIAN);
    for (var p : network.parameters()) { // W₁ (784 × 64), b₁, W₂ (64 × 10), b₂; row by row
        for (double v : p.value().toArray()) weights.putFloat((float) v);
    }
    var shipped = new Sequential(float32(hidden), new ActivationLayer(new Activation.ReLU()),
            float32(output)); // the network as the page rebuilds it from the file
    IO.println("test accuracy with float32 weights: %.2f%%"
            .formatted(100 * Evaluation.accuracy(shipped, test.x(), test.y())));
    // expect: test accuracy with float32 weights: 92.85%

    byte[] samples = new byte[20 * Mnist.PIXELS]; // the first 20 test digits, as bytes
    for (int k = 0; k < samples.length; k++) {
        samples[k] = (byte) Math.round(255 * test.x().get(k / Mnist.PIXELS, k % Mnist.PIXELS));
    }
    String labels = Arrays.stream(test.labels(), 0, 20).mapToObj(Integer::toString)
            .collect(Collectors.joining(","));
    var base64 = Base64.getEncoder();
    var file = Figures.folder().resolve("digits-network.js");
    Files.writeString(file, ("// Written by chapters/11-digits/ExportDigitNetwork.java.\n"
            + "window.nnDigitNetwork = \"sizes=784,64,10;weights=%s;samples=%s;labels=%s\";\n")
            .formatted(base64.encodeToString(weights.array()), base64.encodeToString(samples),
                    labels));
    IO.println("wrote %s: %,d bytes".formatted(file.getFileName(), Files.size(file)));
}

/// A copy of `layer` with every weight and bias rounded to a 32-bit float, as in the file.
Dense float32(Dense layer) {
    return Dense.of(layer.weights().value().map(v -> (float) v),
            layer.bias().value().map(v -> (float) v));
}
