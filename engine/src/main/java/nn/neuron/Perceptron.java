package nn.neuron;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Rosenblatt's perceptron (1957): a neuron with a step activation, `ŷ = 1 if w·x + b ≥ 0
/// else 0`, trained by the perceptron learning rule. Taught in chapter 1.
///
/// Starts from all-zero weights; `learn` changes them in place.
public final class Perceptron {
    private final double[] weights;
    private double bias;
    private final double learningRate;

    public Perceptron(int inputs, double learningRate) {
        if (inputs < 1) {
            throw new IllegalArgumentException(
                    "a perceptron needs at least 1 input, got " + inputs);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        this.weights = new double[inputs];
        this.learningRate = learningRate;
    }

    /// The predicted class, 0 or 1.
    public int predict(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("this perceptron has %d inputs but got %d"
                    .formatted(weights.length, x.length));
        }
        double z = bias;
        for (int i = 0; i < x.length; i++) z += weights[i] * x[i];
        return z >= 0 ? 1 : 0;
    }

    // tag::learning-rule[]
    /// One step of the learning rule on example `(x, y)`:
    /// `w ← w + η·(y − ŷ)·x` and `b ← b + η·(y − ŷ)`. Returns true if `ŷ` was wrong.
    public boolean learn(double[] x, int y) {
        int error = y - predict(x);
        for (int i = 0; i < weights.length; i++) weights[i] += learningRate * error * x[i];
        bias += learningRate * error;
        return error != 0;
    }
    // end::learning-rule[]

    // tag::train[]
    /// Sweeps over the examples in order until an epoch makes no mistake or `maxEpochs` pass.
    /// Returns the number of mistakes made in each epoch.
    public List<Integer> train(double[][] xs, int[] ys, int maxEpochs) {
        List<Integer> mistakesPerEpoch = new ArrayList<>();
        for (int epoch = 0; epoch < maxEpochs; epoch++) {
            int mistakes = 0;
            for (int i = 0; i < xs.length; i++) {
                if (learn(xs[i], ys[i])) mistakes++;
            }
            mistakesPerEpoch.add(mistakes);
            if (mistakes == 0) break;
        }
        return mistakesPerEpoch;
    }
    // end::train[]

    public double[] weights() { return weights.clone(); }

    public double bias() { return bias; }

    @Override
    public String toString() {
        return "Perceptron[w=%s, b=%s]".formatted(Arrays.toString(weights), bias);
    }
}
