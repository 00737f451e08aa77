///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Datasets;
import nn.layers.*;
import nn.losses.BinaryCrossEntropyWithLogits;
import nn.math.Rng;
import nn.optim.LearningRateSchedule;
import nn.optim.LearningRateSchedule.Constant;
import nn.optim.SGD;
import nn.optim.Warmup;

/// Chapter 7: the same number of epochs at batch sizes 8 to 1024, with a fixed learning rate,
/// with the linear scaling rule η = η₀·B/8, and with the rule plus a warm-up.
void main() {
    Dataset data = Datasets.moons(1024, 0.2, new Rng(7));
    double baseRate = 0.05;
    int epochs = 16;
    IO.println("     B   η (scaled)   fixed η   scaled η   scaled + warm-up");
    for (int batchSize : new int[] {8, 32, 128, 256, 512, 1024}) {
        // tag::rule[]
        double scaled = baseRate * batchSize / 8;                 // linear scaling rule
        double fixed = train(data, batchSize, new Constant(baseRate), epochs);
        double rule = train(data, batchSize, new Constant(scaled), epochs);
        double warm = train(data, batchSize, new Warmup(4, new Constant(scaled)), epochs);
        // end::rule[]
        IO.println("%6d   %10.2f   %7.4f   %8.4f   %16.4f"
                .formatted(batchSize, scaled, fixed, rule, warm));
    }
}

/// Trains a fresh 2-32-1 network (same seed every time) and returns its loss on all the data
/// after `epochs` epochs, or infinity if the loss blew up on the way.
double train(Dataset data, int batchSize, LearningRateSchedule schedule, int epochs) {
    var rng = new Rng(3);
    var model = new Sequential(new Dense(2, 32, rng), new ActivationLayer(new Activation.Tanh()),
            new Dense(32, 1, rng));
    var loss = new BinaryCrossEntropyWithLogits();
    var optimizer = new SGD(schedule.rate(0));
    for (int epoch = 0; epoch < epochs; epoch++) {
        optimizer.setLearningRate(schedule.rate(epoch));
        int[] order = rng.permutation(data.size());
        for (int start = 0; start < data.size(); start += batchSize) {
            int[] rows = Arrays.copyOfRange(order, start, Math.min(start + batchSize, data.size()));
            var x = data.x().rows(rows);
            var z = model.forward(x);
            if (!(z.map(Math::abs).max() < 1e6)) return Double.POSITIVE_INFINITY;
            model.parameters().forEach(Parameter::zeroGrad);
            model.backward(loss.gradient(z, data.y().rows(rows)));
            optimizer.step(model.parameters());
        }
    }
    var z = model.forward(data.x());
    return z.map(Math::abs).max() < 1e6 ? loss.value(z, data.y()) : Double.POSITIVE_INFINITY;
}
// expect:    128         0.80    0.3295     0.2884             0.2886
