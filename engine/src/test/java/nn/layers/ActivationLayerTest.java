package nn.layers;

import nn.activations.Activation;
import nn.gradcheck.GradientCheck;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ActivationLayerTest {

    /// Every differentiable activation (all but Step, whose derivative is 0 where it exists and
    /// undefined at its jump), whatever members the sealed interface has.
    static Stream<Activation> activations() {
        return Arrays.stream(Activation.class.getPermittedSubclasses())
                .map(ActivationLayerTest::instantiate)
                .filter(f -> !(f instanceof Activation.Step));
    }

    @ParameterizedTest
    @MethodSource("activations")
    void backward_matchesFiniteDifferences(Activation f) {
        for (long seed = 1; seed <= 3; seed++) {
            Rng rng = new Rng(seed);
            // Entries kept at least 0.1 away from 0 so no one sits on a kink (ReLU at z = 0),
            // where the one-sided slopes differ and central differences mean nothing.
            Matrix z = Matrix.gaussian(1 + rng.nextInt(4), 1 + rng.nextInt(4), 1.5, rng)
                    .map(v -> v >= 0 ? v + 0.1 : v - 0.1);
            var report = GradientCheck.layer(new ActivationLayer(f), z, rng);
            assertTrue(report.passed(1e-7), () -> f.name() + ": " + report.worst());
        }
    }

    @Test
    void backward_isGradOutTimesDerivative() {
        // ReLU'(2) = 1, ReLU'(-1) = 0
        var relu = new ActivationLayer(new Activation.ReLU());
        relu.forward(Matrix.row(2, -1));
        assertEquals(Matrix.row(3, 0), relu.backward(Matrix.row(3, 3)));
    }

    @Test
    void describe_namesTheActivation() {
        assertEquals("Activation(tanh)", new ActivationLayer(new Activation.Tanh()).describe());
    }

    // The no-argument constructor, or for a record with settings (e.g. a leaky slope) its
    // canonical constructor with every double set to 0.5.
    private static Activation instantiate(Class<?> c) {
        try {
            var constructor = c.getDeclaredConstructors()[0];
            for (var k : c.getDeclaredConstructors()) {
                if (k.getParameterCount() < constructor.getParameterCount()) constructor = k;
            }
            Object[] args = Arrays.stream(constructor.getParameterTypes())
                    .map(t -> t == double.class ? (Object) 0.5 : null).toArray();
            return (Activation) constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot create " + c.getSimpleName(), e);
        }
    }
}
