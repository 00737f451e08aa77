///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.activations.Activation;
import nn.attention.LayerNorm;
import nn.attention.PositionalEncoding;
import nn.attention.Residual;
import nn.attention.Reversal;
import nn.attention.TransformerBlock;
import nn.data.OneHot;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.plot.HeatMap;

static final int LENGTH = 6, DIGITS = 10, WIDTH = 16, HIDDEN = 32;

/// Chapter 15: one transformer block learns to reverse six digits; without attention the
/// tokens cannot see each other and the same network stays at chance.
void main() {
    var rng = new Rng(15);
    // tag::model[]
    var relu = new Activation.ReLU();
    var block = TransformerBlock.preNorm(WIDTH, HIDDEN, LENGTH, false, relu, rng);
    var model = new Sequential(
            new Dense(DIGITS, WIDTH, rng),           // embedding: one-hot digit → 16 numbers
            new PositionalEncoding(LENGTH, WIDTH),   // + the code of the token's position
            block,
            new LayerNorm(WIDTH),
            new Dense(WIDTH, DIGITS, rng));          // 10 scores per token
    // end::model[]
    train(model, rng);
    IO.println("with attention:    %.1f%% of digits right"
            .formatted(100 * Reversal.accuracy(model, 500, LENGTH, rng)));
    // expect: with attention:    100.0% of digits right

    var tokensAlone = new Sequential(new Dense(DIGITS, WIDTH, rng),
            new PositionalEncoding(LENGTH, WIDTH),
            new Residual(new Sequential(new LayerNorm(WIDTH), new Dense(WIDTH, HIDDEN, rng),
                    new ActivationLayer(relu), new Dense(HIDDEN, WIDTH, rng))),
            new LayerNorm(WIDTH), new Dense(WIDTH, DIGITS, rng));
    train(tokensAlone, rng);
    IO.println("without attention: %.1f%% of digits right"
            .formatted(100 * Reversal.accuracy(tokensAlone, 500, LENGTH, rng)));

    int[] example = {3, 1, 4, 1, 5, 9};
    Matrix z = model.forward(OneHot.encode(example, DIGITS));
    var answer = new StringBuilder();
    for (int t = 0; t < LENGTH; t++) answer.append(z.argmaxOfRow(t));
    IO.println("314159 reversed: " + answer);
    // expect: 314159 reversed: 951413
    drawWeights(block.attention().weights(0), example);

    model.forward(OneHot.encode(Reversal.randomDigits(100, LENGTH, rng), DIGITS));
    double least = 1, sum = 0;
    for (int s = 0; s < 100; s++) {
        for (int t = 0; t < LENGTH; t++) {
            double onMirror = block.attention().weights(s).get(t, LENGTH - 1 - t);
            least = Math.min(least, onMirror);
            sum += onMirror;
        }
    }
    IO.println("weight on the mirror position, 100 new sequences: mean %.3f, smallest %.2f"
            .formatted(sum / (100 * LENGTH), least));
    // expect: weight on the mirror position, 100 new sequences: mean 0.980, smallest 0.78
}

// tag::train[]
/// 300 steps of Adam, each on 32 fresh random sequences: no data set, no epochs.
void train(Layer model, Rng rng) {
    var loss = new SoftmaxCrossEntropy();
    var adam = new Adam(0.01);
    for (int step = 0; step < 300; step++) {
        int[] digits = Reversal.randomDigits(32, LENGTH, rng);
        Matrix x = OneHot.encode(digits, DIGITS);
        Matrix y = OneHot.encode(Reversal.reversed(digits, LENGTH), DIGITS);
        adam.zeroGrad(model.parameters());
        model.backward(loss.gradient(model.forward(x), y));
        adam.step(model.parameters());
    }
}
// end::train[]

void drawWeights(Matrix weights, int[] example) {
    var labels = new ArrayList<String>();
    for (int t = 0; t < LENGTH; t++) labels.add("%d: %d".formatted(t, example[t]));
    HeatMap.of("Attention weights, reversing 314159", weights.toArray2d(), labels, labels,
            "query (position: digit)", "key (position: digit)")
            .save("attention-reverse-map");
}
