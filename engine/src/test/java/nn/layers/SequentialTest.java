package nn.layers;

import nn.activations.Activation;
import nn.gradcheck.GradientCheck;
import nn.init.Initializer;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SequentialTest {

    /// A custom layer written only against the `Layer` interface: `y = s·x` with one trainable
    /// scalar `s` (stored as a `1 × 1` parameter). It trains inside a Sequential like any other.
    static final class Scale implements Layer {
        private final Parameter s = new Parameter("s", Matrix.row(1.5));
        private Matrix x; // written by forward, read by backward

        public Matrix forward(Matrix x) {
            this.x = x;
            return x.scale(s.value().item());
        }

        public Matrix backward(Matrix gradOut) {
            s.grad().set(0, 0, s.grad().item() + gradOut.hadamard(x).sum()); // ds = Σ dy ⊙ x
            return gradOut.scale(s.value().item());                          // dx = s·dy
        }

        public List<Parameter> parameters() { return List.of(s); }
    }

    static Sequential network(Rng rng) {
        return new Sequential(
                new Dense(3, 5, new Initializer.XavierNormal(), rng),
                new ActivationLayer(new Activation.Tanh()),
                new BatchNorm1d(5),
                new Scale(),
                new Dense(5, 2, new Initializer.XavierNormal(), rng),
                new ActivationLayer(new Activation.Sigmoid()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void backward_matchesFiniteDifferences(long seed) {
        Rng rng = new Rng(seed);
        var report = GradientCheck.layer(network(rng), Matrix.gaussian(4, 3, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void backwardParameters_givesTheParameterGradientsOfBackward() {
        // first layers: a Dense (which skips gradIn) and the custom Scale (Layer's default)
        for (boolean denseFirst : new boolean[] {true, false}) {
            Rng rng = new Rng(5);
            Matrix x = Matrix.gaussian(4, 3, 1, rng), gradOut = Matrix.gaussian(4, 2, 1, rng);
            Sequential full = denseFirst ? network(new Rng(6)) : scaleFirst(new Rng(6));
            Sequential partial = denseFirst ? network(new Rng(6)) : scaleFirst(new Rng(6));
            full.forward(x);
            full.backward(gradOut);
            partial.forward(x);
            partial.backwardParameters(gradOut);
            for (int p = 0; p < full.parameters().size(); p++) {
                assertEquals(full.parameters().get(p).grad(), partial.parameters().get(p).grad());
            }
        }
    }

    static Sequential scaleFirst(Rng rng) {
        return new Sequential(new Scale(), new Dense(3, 2, new Initializer.XavierNormal(), rng));
    }

    @Test
    void customLayer_passesGradientCheck() {
        Rng rng = new Rng(4);
        var report = GradientCheck.layer(new Scale(), Matrix.gaussian(3, 2, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void forward_isTheComposition() {
        Dense first = Dense.of(Matrix.row(2.0), Matrix.row(1.0)); // z = 2x + 1
        Dense second = Dense.of(Matrix.row(3.0), Matrix.row(0.0)); // z = 3x
        Matrix y = new Sequential(first, second).forward(Matrix.column(1, 2));
        assertEquals(Matrix.column(9, 15), y);
    }

    @Test
    void parameters_areConcatenatedInOrder() {
        var net = network(new Rng(1));
        assertEquals("[W 3×5, b 1×5, gamma 1×5, beta 1×5, s 1×1, W 5×2, b 1×2]",
                net.parameters().toString());
    }

    @Test
    void setTraining_reachesEveryLayer() {
        var dropout = new Dropout(0.5, new Rng(1));
        var net = new Sequential(new Dense(2, 2, new Rng(1)), dropout);
        net.setTraining(false);
        Matrix x = Matrix.gaussian(3, 2, 1, new Rng(2));
        assertEquals(x, dropout.forward(x));
    }

    @Test
    void describe_listsLayersAndParameterCounts() {
        var net = new Sequential(new Dense(2, 4, new Rng(1)),
                new ActivationLayer(new Activation.Tanh()), new Dense(4, 1, new Rng(1)));
        String expected = """
                Sequential
                  Dense(2 → 4)             12
                  Activation(tanh)          0
                  Dense(4 → 1)              5
                  total                    17""";
        assertEquals(expected, net.describe());
    }
}
