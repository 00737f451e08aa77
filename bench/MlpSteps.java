import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Mnist;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Parameter;
import nn.layers.Sequential;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.MatMul;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.SGD;

/// Where a batch's time goes: `MlpBench`'s training loop with a clock read between its steps.
/// After a warm-up of 2 s it trains for about `seconds` (at least 5 epochs) and prints one line
/// per step, `mlp-steps <step> <µs>`, the median time of that step over all full batches;
/// `mlp_steps_numpy.py` prints the same steps of the numpy program. The steps are those of
/// `MlpBench.epoch`: gathering the batch, zeroing the gradients, the forward pass of each
/// layer, the loss and its gradient, the backward pass of each layer, the SGD update.
///
/// Usage: `java ... MlpSteps [seconds]` from the repository (it finds assets/data/mnist).
public final class MlpSteps {
    static final String[] STEPS = {"gather", "zero-grad", "dense1-forward", "relu-forward",
        "dense2-forward", "loss", "loss-gradient", "dense2-backward", "relu-backward",
        "dense1-backward", "sgd-update"};

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        System.out.println("path " + MatMul.path());
        System.out.println("clock " + Clock.name());
        Dataset digits = Mnist.load();
        Rng rng = new Rng(42);
        Dense dense1 = new Dense(Mnist.PIXELS, 128, new Initializer.HeNormal(), rng);
        ActivationLayer relu = new ActivationLayer(new Activation.ReLU());
        Dense dense2 = new Dense(128, Mnist.CLASSES, rng);
        List<Parameter> parameters = new Sequential(dense1, relu, dense2).parameters();
        var loss = new SoftmaxCrossEntropy();
        var sgd = new SGD(MlpBench.LEARNING_RATE);
        int n = digits.size(), size = MlpBench.BATCH_SIZE;
        Matrix x = Matrix.zeros(size, digits.features()), y = Matrix.zeros(size, digits.y().cols());
        List<long[]> batches = new ArrayList<>();
        long warmEnd = Clock.nanos() + 2_000_000_000L;
        long end = warmEnd + (long) (seconds * 1e9);
        for (int epoch = 0; epoch < 5 || Clock.nanos() < end; ) {
            boolean measured = Clock.nanos() > warmEnd;
            int[] order = rng.permutation(n);
            for (int start = 0; start + size <= n; start += size) { // full batches only
                long[] t = new long[STEPS.length + 1];
                int s = 0;
                t[s++] = Clock.nanos();
                int[] rows = Arrays.copyOfRange(order, start, start + size);
                x.copyRowsFrom(digits.x(), rows);
                y.copyRowsFrom(digits.y(), rows);
                t[s++] = Clock.nanos();
                sgd.zeroGrad(parameters);
                t[s++] = Clock.nanos();
                Matrix z1 = dense1.forward(x);
                t[s++] = Clock.nanos();
                Matrix a1 = relu.forward(z1);
                t[s++] = Clock.nanos();
                Matrix z2 = dense2.forward(a1);
                t[s++] = Clock.nanos();
                loss.value(z2, y);
                t[s++] = Clock.nanos();
                Matrix dz2 = loss.gradient(z2, y);
                t[s++] = Clock.nanos();
                Matrix da1 = dense2.backward(dz2);
                t[s++] = Clock.nanos();
                Matrix dz1 = relu.backward(da1);
                t[s++] = Clock.nanos();
                dense1.backwardParameters(dz1);
                t[s++] = Clock.nanos();
                sgd.step(parameters);
                t[s] = Clock.nanos();
                if (measured) batches.add(t);
            }
            if (measured) epoch++;
        }
        for (int s = 0; s < STEPS.length; s++) {
            double[] micros = new double[batches.size()];
            for (int b = 0; b < micros.length; b++) {
                micros[b] = (batches.get(b)[s + 1] - batches.get(b)[s]) / 1e3;
            }
            Arrays.sort(micros);
            System.out.printf("mlp-steps %s %.2f%n", STEPS[s], micros[micros.length / 2]);
        }
    }
}
