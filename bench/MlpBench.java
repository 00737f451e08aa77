import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Mnist;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Parameter;
import nn.layers.Sequential;
import nn.losses.Loss;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.MatMul;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Optimizer;
import nn.optim.SGD;

/// One benchmark run of training with the engine: a 784-128-10 ReLU/softmax MLP on the 10,000
/// MNIST digits, mini-batches of 64, plain SGD with learning rate 0.1, each epoch in a new
/// seeded shuffled order. The loop is `Trainer`'s epoch written out (forward, loss, backward
/// without the gradient of the input data, SGD step), with the engine's real layers, loss and
/// optimizer. After a warm-up of 2 s (the JIT compiles the hot code), it trains epochs for
/// about `seconds` (at least 5) and prints two measures of samples/s:
///
/// - `mlp epochs <samples/s>`: 10,000 over the median epoch's wall-clock time, everything
///   included (also garbage collection, and other processes that take the core a while);
/// - `mlp batches <samples/s>`: 64 over the median time of a full batch (156 per epoch), which
///   a few milliseconds lost to another process, or to a collection, do not move.
///
/// It also prints `loss <l>`, the mean training loss of the first epoch (a check that
/// `mlp_numpy.py`, the twin of this file, trains the same network). The first line,
/// `path vector` or `path scalar`, says which matrix-product kernel ran.
///
/// Usage: `java ... MlpBench [seconds]` from the repository (it finds assets/data/mnist).
public final class MlpBench {
    static final int BATCH_SIZE = 64;
    static final double LEARNING_RATE = 0.1;

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        System.out.println("path " + MatMul.path());
        System.out.println("clock " + Clock.name());
        Dataset digits = Mnist.load();
        Rng rng = new Rng(42);
        Sequential model = new Sequential(
                new Dense(Mnist.PIXELS, 128, new Initializer.HeNormal(), rng),
                new ActivationLayer(new Activation.ReLU()),
                new Dense(128, Mnist.CLASSES, rng));
        var loss = new SoftmaxCrossEntropy();
        var sgd = new SGD(LEARNING_RATE);
        System.out.printf("loss %.4f%n", epoch(model, loss, sgd, digits, rng, null));
        // Warm-up: at least 2 s, so that the JIT compiler has compiled the kernels.
        long warmEnd = Clock.nanos() + 2_000_000_000L;
        while (Clock.nanos() < warmEnd) epoch(model, loss, sgd, digits, rng, null);
        List<Double> epochs = new ArrayList<>();
        List<Long> batches = new ArrayList<>();
        long end = Clock.nanos() + (long) (seconds * 1e9);
        while (epochs.size() < 5 || Clock.nanos() < end) {
            long start = Clock.nanos();
            epoch(model, loss, sgd, digits, rng, batches);
            epochs.add(digits.size() / ((Clock.nanos() - start) / 1e9));
        }
        System.out.printf("mlp epochs %.0f%n", median(epochs));
        System.out.printf("mlp batches %.0f%n", BATCH_SIZE / (median(batches) / 1e9));
    }

    static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /// One epoch of mini-batch SGD over the digits in a shuffled order; returns the mean loss
    /// and adds the nanoseconds of each full batch to `batchNanos` (unless it is null).
    static double epoch(Sequential model, Loss loss, Optimizer sgd, Dataset digits, Rng rng,
                        List<Long> batchNanos) {
        List<Parameter> parameters = model.parameters();
        int n = digits.size();
        int[] order = rng.permutation(n);
        double total = 0;
        Matrix xBatch = Matrix.zeros(BATCH_SIZE, digits.features()); // reused, as in Trainer
        Matrix yBatch = Matrix.zeros(BATCH_SIZE, digits.y().cols());
        for (int start = 0; start < n; start += BATCH_SIZE) {
            long batchStart = Clock.nanos();
            int[] rows = Arrays.copyOfRange(order, start, Math.min(n, start + BATCH_SIZE));
            Matrix x = gather(digits.x(), rows, xBatch), y = gather(digits.y(), rows, yBatch);
            sgd.zeroGrad(parameters);
            Matrix yHat = model.forward(x);
            total += loss.value(yHat, y) * rows.length;
            model.backwardParameters(loss.gradient(yHat, y)); // as Trainer does
            sgd.step(parameters);
            if (batchNanos != null && rows.length == BATCH_SIZE) {
                batchNanos.add(Clock.nanos() - batchStart);
            }
        }
        return total / n;
    }

    /// `Trainer`'s batch gathering: into `buffer` when it has that many rows, else a new matrix.
    static Matrix gather(Matrix source, int[] rows, Matrix buffer) {
        if (buffer.rows() != rows.length) return source.rows(rows);
        buffer.copyRowsFrom(source, rows);
        return buffer;
    }
}
