package nn.live;

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Adam;
import nn.train.Trainer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/// The fit-width widget trains as `FitWithWidth.java` does, one epoch at a time.
class WidthFitTest {

    @Test
    void epochsOneAtATime_giveTheModelOfOneLongFit() {
        var fit = new WidthFit(WidthFit.TARGETS.getFirst(), 10);
        for (int e = 0; e < 50; e++) fit.epoch();
        Matrix x = Matrix.linspace(-3, 3, 100);
        var rng = new Rng(7);
        var model = new Sequential(new Dense(1, 10, rng),
                new ActivationLayer(new Activation.Tanh()), new Dense(10, 1, rng));
        var history = new Trainer(new MeanSquaredError(), new Adam(0.01)).epochs(50)
                .batchSize(100).verbose(false)
                .fit(model, x, x.map(v -> Math.sin(v) + 0.5 * Math.sin(3 * v)));
        assertEquals(history.last().loss(), fit.losses()[49]);
        assertEquals(model.forward(x), fit.predict(x));
    }

    @Test
    void twoThousandEpochs_reproduceTheScriptsLineForWidth10() {
        var fit = new WidthFit(WidthFit.TARGETS.getFirst(), 10);
        for (int e = 0; e < 2000; e++) fit.epoch();
        assertEquals("31  0.01790  0.4877", "%d  %.5f  %.4f".formatted(fit.parameters(),
                fit.losses()[1999], fit.maxError()));
    }
}
