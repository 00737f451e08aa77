package nn.live;

import nn.activations.Activation;
import nn.activations.Softmax;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Parameter;
import nn.layers.Sequential;
import nn.math.Matrix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/// Chapter 11: the digit network that `ExportDigitNetwork.java` trained while the book was
/// built, rebuilt as the engine's `Dense` layers with ReLU between them, and the test digits
/// shipped with it. It reads the file's text
/// `sizes=784,64,10;weights=<base64>;samples=<base64>;labels=7,2,…`: the weights are 32-bit
/// floats, little-endian, layer by layer `W` (`in × out`, row by row) then `b`; the samples
/// are 784 bytes per digit, pixel `b / 255`.
final class DigitModel {
    private final Sequential network;
    private final byte[] samples;
    private final int[] labels;

    private DigitModel(Sequential network, byte[] samples, int[] labels) {
        this.network = network;
        this.samples = samples;
        this.labels = labels;
    }

    /// The network and samples described by `text` (the string in `digits-network.js`).
    static DigitModel parse(String text) {
        String sizes = null, weights = null, samples = "", labels = "";
        for (String field : split(text, ';')) {
            int eq = field.indexOf('=');
            String key = field.substring(0, Math.max(0, eq)), value = field.substring(eq + 1);
            switch (key) {
                case "sizes" -> sizes = value;
                case "weights" -> weights = value;
                case "samples" -> samples = value;
                case "labels" -> labels = value;
                default -> { } // later fields are for later readers
            }
        }
        if (sizes == null || weights == null) {
            throw new IllegalArgumentException("the digit network needs sizes= and weights=");
        }
        return new DigitModel(network(numbers(sizes), floats(weights)),
                Base64.getDecoder().decode(samples), numbers(labels));
    }

    /// The ten probabilities `softmax(network(x))` for one picture of 784 pixels.
    double[] probabilities(double[] pixels) {
        return Softmax.apply(network.forward(Matrix.row(pixels))).rowArray(0);
    }

    /// `Σ |v|` over each parameter, in file order (`W₁`, `b₁`, `W₂`, `b₂`, …).
    double[] absoluteSums() {
        List<Parameter> parameters = network.parameters();
        double[] sums = new double[parameters.size()];
        for (int i = 0; i < sums.length; i++) {
            for (double v : parameters.get(i).value().toArray()) sums[i] += Math.abs(v);
        }
        return sums;
    }

    int sampleCount() {
        return labels.length;
    }

    /// Shipped test digit `i` as 784 pixels in `[0, 1]`.
    double[] sample(int i) {
        double[] pixels = new double[DigitInk.SIDE * DigitInk.SIDE];
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = (samples[i * pixels.length + k] & 0xFF) / 255.0;
        }
        return pixels;
    }

    int label(int i) {
        return labels[i];
    }

    private static Sequential network(int[] sizes, ByteBuffer weights) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            if (l > 0) layers.add(new ActivationLayer(new Activation.ReLU()));
            Matrix w = read(weights, sizes[l], sizes[l + 1]), b = read(weights, 1, sizes[l + 1]);
            layers.add(Dense.of(w, b));
        }
        if (weights.hasRemaining()) {
            throw new IllegalArgumentException("the digit network file has %d bytes too many"
                    .formatted(weights.remaining()));
        }
        return new Sequential(layers.toArray(Layer[]::new));
    }

    private static Matrix read(ByteBuffer weights, int rows, int cols) {
        if (weights.remaining() < 4 * rows * cols) {
            throw new IllegalArgumentException("the digit network file ends before a %d×%d matrix"
                    .formatted(rows, cols));
        }
        double[] values = new double[rows * cols];
        for (int k = 0; k < values.length; k++) values[k] = weights.getFloat();
        return Matrix.wrap(rows, cols, values);
    }

    private static ByteBuffer floats(String base64) {
        return ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int[] numbers(String list) {
        if (list.isEmpty()) return new int[0];
        List<String> parts = split(list, ',');
        int[] values = new int[parts.size()];
        for (int i = 0; i < values.length; i++) values[i] = Integer.parseInt(parts.get(i).trim());
        return values;
    }

    /// The pieces of `text` between the `separator`s (`String.split` would bring a regular
    /// expression engine into the page's code).
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + 1;
        }
        parts.add(text.substring(from));
        return parts;
    }
}
