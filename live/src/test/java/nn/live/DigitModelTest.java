package nn.live;

import nn.activations.Activation;
import nn.activations.Softmax;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DigitModelTest {
    private static final int PIXELS = 784;

    /// The file's text for `network`, written as `ExportDigitNetwork.java` writes it.
    private static String text(Sequential network, int hidden, byte[] samples, String labels) {
        var weights = ByteBuffer.allocate(4 * Sequential.count(network.parameters()))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (var p : network.parameters()) {
            for (double v : p.value().toArray()) weights.putFloat((float) v);
        }
        var base64 = Base64.getEncoder();
        return "sizes=784,%d,10;weights=%s;samples=%s;labels=%s".formatted(hidden,
                base64.encodeToString(weights.array()), base64.encodeToString(samples), labels);
    }

    private static Dense float32(Dense layer) {
        return Dense.of(layer.weights().value().map(v -> (float) v),
                layer.bias().value().map(v -> (float) v));
    }

    @Test
    void parse_rebuildsTheNetworkThatWasWritten() {
        var rng = new Rng(3);
        var hidden = new Dense(PIXELS, 5, rng);
        var output = new Dense(5, 10, rng);
        var network = new Sequential(hidden, new ActivationLayer(new Activation.ReLU()), output);
        var model = DigitModel.parse(text(network, 5, new byte[0], ""));

        var rounded = new Sequential(float32(hidden), new ActivationLayer(new Activation.ReLU()),
                float32(output));
        double[] x = Matrix.uniform(1, PIXELS, 0, 1, new Rng(4)).rowArray(0);
        double[] expected = Softmax.apply(rounded.forward(Matrix.row(x))).rowArray(0);
        assertArrayEquals(expected, model.probabilities(x), 1e-15);
        double sum = 0;
        for (double v : float32(hidden).weights().value().toArray()) sum += Math.abs(v);
        assertEquals(sum, model.absoluteSums()[0], 1e-9);
    }

    @Test
    void parse_readsTheSampleDigitsAndTheirLabels() {
        var network = new Sequential(new Dense(PIXELS, 2, new Rng(1)),
                new ActivationLayer(new Activation.ReLU()), new Dense(2, 10, new Rng(2)));
        byte[] samples = new byte[2 * PIXELS];
        samples[0] = (byte) 255;
        samples[PIXELS + 1] = (byte) 51;
        var model = DigitModel.parse(text(network, 2, samples, "7,2"));

        assertEquals(2, model.sampleCount());
        assertEquals(2, model.label(1));
        assertEquals(1.0, model.sample(0)[0]);
        assertEquals(0.2, model.sample(1)[1], 1e-15);
    }

    @Test
    void parse_rejectsWeightsThatDoNotFitTheSizes() {
        String tooShort = "sizes=784,64,10;weights=" + Base64.getEncoder().encodeToString(
                new byte[400]);
        var e = assertThrows(IllegalArgumentException.class, () -> DigitModel.parse(tooShort));
        assertEquals("the digit network file ends before a 784×64 matrix", e.getMessage());
    }
}
