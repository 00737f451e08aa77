///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java
//SOURCES ../../plot/src/main/java/**.java
//DEPS org.knowm.xchart:xchart:3.8.8

import nn.layers.Dense;
import nn.layers.Parameter;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.optim.GradientClipping;
import nn.plot.Figure;
import nn.recurrent.Rnn;
import nn.recurrent.Sequences;

/// Chapter 14: an RNN trained with truncated backpropagation through time to predict the next
/// value of a sine wave from noisy readings, with gradient clipping.
static final int STREAMS = 16, LENGTH = 400, HIDDEN = 16, EPOCHS = 25;
static final double NOISE = 0.2;

/// Noisy readings x and the clean next values y of `STREAMS` sines, each with its own
/// frequency and phase: `steps` matrices `STREAMS × 1` each.
record Waves(List<Matrix> x, List<Matrix> y) {
    static Waves draw(Rng rng) {
        double[][] xs = new double[LENGTH][STREAMS], ys = new double[LENGTH][STREAMS];
        for (int s = 0; s < STREAMS; s++) {
            double omega = rng.uniform(0.15, 0.45), phase = rng.uniform(0, 2 * Math.PI);
            for (int t = 0; t < LENGTH; t++) {
                xs[t][s] = Math.sin(omega * t + phase) + NOISE * rng.gaussian();
                ys[t][s] = Math.sin(omega * (t + 1) + phase);
            }
        }
        return new Waves(columns(xs), columns(ys));
    }

    static List<Matrix> columns(double[][] rows) {
        return Arrays.stream(rows).map(Matrix::column).toList();
    }
}

void main() {
    Waves train = Waves.draw(new Rng(1)), test = Waves.draw(new Rng(2));
    IO.println("repeat the last reading: test mse %.4f".formatted(repeatLast(test)));
    for (int chunk : new int[] {1, 5, 20}) {
        var rng = new Rng(14);
        Rnn rnn = new Rnn(1, HIDDEN, rng);
        Dense readout = new Dense(HIDDEN, 1, rng);
        double[] clipStats = train(rnn, readout, train, chunk);
        IO.println("chunks of %2d steps: test mse %.4f   largest gradient norm %.2f, clipped %.1f%%"
                .formatted(chunk, mse(rnn, readout, test, null), clipStats[0], clipStats[1]));
        if (chunk == 20) plot(rnn, readout, test);
    }
    // expect: repeat the last reading: test mse 0.0880
    // expect: chunks of 20 steps: test mse 0.0143   largest gradient norm 3.93, clipped 1.2%
}

/// Trains with truncated BPTT: the streams are read in chunks of `chunk` steps, the state is
/// carried from one chunk into the next, and gradients stop at the chunk's first step.
/// Returns the largest gradient norm seen and the percentage of clipped updates.
double[] train(Rnn rnn, Dense readout, Waves data, int chunk) {
    var optimizer = new Adam(0.01);
    var loss = new MeanSquaredError();
    List<Parameter> parameters = new ArrayList<>(rnn.parameters());
    parameters.addAll(readout.parameters());
    double largest = 0;
    int clipped = 0, updates = 0;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
        Matrix h = Matrix.zeros(STREAMS, HIDDEN);
        for (int start = 0; start + chunk <= LENGTH; start += chunk) {
            // tag::truncated-bptt[]
            List<Matrix> xs = data.x().subList(start, start + chunk);
            Matrix y = Sequences.stack(data.y().subList(start, start + chunk));
            optimizer.zeroGrad(parameters);
            List<Matrix> hs = rnn.forward(xs, h);             // h: the last chunk's final state
            Matrix yHat = readout.forward(Sequences.stack(hs)); // one prediction per step
            Matrix gradHs = readout.backward(loss.gradient(yHat, y));
            rnn.backward(Sequences.unstack(gradHs, chunk));    // BPTT within the chunk only
            double norm = GradientClipping.clipByGlobalNorm(parameters, 1.0);
            optimizer.step(parameters);
            h = hs.getLast();                                  // carried on, as a constant
            // end::truncated-bptt[]
            largest = Math.max(largest, norm);
            if (norm > 1.0) clipped++;
            updates++;
        }
    }
    return new double[] {largest, 100.0 * clipped / updates};
}

/// The mean squared error of the next-value predictions over a whole set of streams.
double mse(Rnn rnn, Dense readout, Waves data, double[] firstStream) {
    Matrix yHat = readout.forward(Sequences.stack(rnn.forward(data.x())));
    if (firstStream != null) {
        for (int t = 0; t < firstStream.length; t++) firstStream[t] = yHat.get(t * STREAMS, 0);
    }
    return new MeanSquaredError().value(yHat, Sequences.stack(data.y()));
}

double repeatLast(Waves data) {
    return new MeanSquaredError().value(Sequences.stack(data.x()), Sequences.stack(data.y()));
}

void plot(Rnn rnn, Dense readout, Waves test) {
    double[] predicted = new double[LENGTH];
    mse(rnn, readout, test, predicted);
    int from = 300, to = 360;
    double[] t = new double[to - from], x = new double[to - from], y = new double[to - from];
    double[] p = new double[to - from];
    for (int k = 0; k < t.length; k++) {
        t[k] = from + k + 1;
        x[k] = test.x().get(from + k + 1).get(0, 0); // the reading that arrives one step later
        y[k] = test.y().get(from + k).get(0, 0);
        p[k] = predicted[from + k];
    }
    var figure = Figure.of("Next value of a noisy sine (test stream 1)", "step t", "value",
            600, 360);
    figure.points("noisy reading", t, x).dashed("true value", t, y).line("RNN prediction", t, p)
            .legendOutside();
    IO.println("figure: " + figure.save("recurrent-sine").getFileName());
}
