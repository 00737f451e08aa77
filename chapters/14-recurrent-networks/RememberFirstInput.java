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
import nn.recurrent.Gru;
import nn.recurrent.Lstm;
import nn.recurrent.Rnn;
import nn.recurrent.SequenceLayer;

/// Chapter 14: a plain RNN, two LSTMs and a GRU learn to repeat, after T steps of noise, the
/// number they were shown at step 1; the longer the wait, the harder for the plain RNN.
static final int HIDDEN = 8, BATCH = 32, UPDATES = 300, TEST = 200;
static final int[] WAITS = {5, 10, 20, 40};

/// `n` sequences of `steps` inputs `(value, marker)`: at step 1 the value to remember and the
/// marker 1, then noise values and marker 0. The target is the first value.
record Task(List<Matrix> xs, Matrix y) {
    // tag::task[]
    static Task draw(int steps, int n, Rng rng) {
        Matrix y = Matrix.uniform(n, 1, -1, 1, rng);           // the numbers to remember
        List<Matrix> xs = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            Matrix x = Matrix.zeros(n, 2);
            for (int i = 0; i < n; i++) {
                x.set(i, 0, t == 0 ? y.get(i, 0) : rng.gaussian()); // value, then noise
                x.set(i, 1, t == 0 ? 1 : 0);                        // marker: "this one"
            }
            xs.add(x);
        }
        return new Task(xs, y);
    }
    // end::task[]
}

/// One of the networks compared, each with 8 hidden units and a linear read-out of `h_T`.
record Candidate(String name, Function<Rng, SequenceLayer> make) {}

static final List<Candidate> CANDIDATES = List.of(
        new Candidate("rnn", rng -> new Rnn(2, HIDDEN, rng)),
        new Candidate("lstm b_f=1", rng -> new Lstm(2, HIDDEN, 1.0, rng)),
        new Candidate("lstm b_f=2", rng -> new Lstm(2, HIDDEN, 2.0, rng)),
        new Candidate("gru b_z=2", rng -> new Gru(2, HIDDEN, 2.0, rng)));

void main() {
    IO.println("test mse after %d updates (predicting 0 scores 0.333)".formatted(UPDATES));
    IO.println("steps T" + CANDIDATES.stream().map(c -> "  %-10s".formatted(c.name()))
            .collect(Collectors.joining()).stripTrailing());
    Map<String, double[]> mse = new LinkedHashMap<>();
    CANDIDATES.forEach(c -> mse.put(c.name(), new double[WAITS.length]));
    for (int w = 0; w < WAITS.length; w++) {
        var line = new StringBuilder("%7d".formatted(WAITS[w]));
        for (Candidate candidate : CANDIDATES) {
            var rng = new Rng(14);
            SequenceLayer layer = candidate.make().apply(rng);
            Dense readout = new Dense(HIDDEN, 1, rng);
            train(layer, readout, WAITS[w], rng);
            double error = testMse(layer, readout, Task.draw(WAITS[w], TEST, rng));
            mse.get(candidate.name())[w] = error;
            line.append("  %-10.3f".formatted(error));
        }
        IO.println(line.toString().stripTrailing());
    }
    // expect: steps T  rnn         lstm b_f=1  lstm b_f=2  gru b_z=2
    // expect:      40  0.349       0.340       0.008       0.002
    IO.println("an untrained gate σ(b) kept for 40 steps: σ(1)^40 = %.1e, σ(2)^40 = %.1e"
            .formatted(Math.pow(sigmoid(1), 40), Math.pow(sigmoid(2), 40)));
    // expect: an untrained gate σ(b) kept for 40 steps: σ(1)^40 = 3.6e-06, σ(2)^40 = 6.2e-03
    plot(mse);
}

double sigmoid(double z) { return 1 / (1 + Math.exp(-z)); }

// tag::train[]
void train(SequenceLayer layer, Dense readout, int steps, Rng rng) {
    var optimizer = new Adam(0.01);
    var loss = new MeanSquaredError();
    List<Parameter> parameters = new ArrayList<>(layer.parameters());
    parameters.addAll(readout.parameters());
    for (int update = 0; update < UPDATES; update++) {
        Task task = Task.draw(steps, BATCH, rng);
        optimizer.zeroGrad(parameters);
        Matrix yHat = readout.forward(layer.forward(task.xs()).getLast()); // read at step T
        List<Matrix> gradOuts = new ArrayList<>(Collections.nCopies(steps, (Matrix) null));
        gradOuts.set(steps - 1, readout.backward(loss.gradient(yHat, task.y())));
        layer.backward(gradOuts);                            // all the way back to step 1
        GradientClipping.clipByGlobalNorm(parameters, 1.0);
        optimizer.step(parameters);
    }
}
// end::train[]

double testMse(SequenceLayer layer, Dense readout, Task task) {
    Matrix yHat = readout.forward(layer.forward(task.xs()).getLast());
    return new MeanSquaredError().value(yHat, task.y());
}

void plot(Map<String, double[]> mse) {
    double[] waits = Arrays.stream(WAITS).asDoubleStream().toArray();
    var figure = Figure.of("Repeat the first input after T steps", "steps T", "test mse",
            600, 360);
    mse.forEach((name, values) -> figure.line(name, waits, values));
    figure.dashed("always 0", new double[] {0, 42}, new double[] {1.0 / 3, 1.0 / 3});
    figure.range(0, 42, 0, 0.4).legendOutside();
    IO.println("figure: " + figure.save("recurrent-memory").getFileName());
}
