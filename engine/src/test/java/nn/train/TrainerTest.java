package nn.train;

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Dropout;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.LearningRateSchedule;
import nn.optim.SGD;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.junit.jupiter.api.Assertions.*;

class TrainerTest {
    static final Matrix XOR_X = Matrix.of(
            new double[]{0, 0}, new double[]{0, 1}, new double[]{1, 0}, new double[]{1, 1});
    static final Matrix XOR_Y = Matrix.column(0, 1, 1, 0);

    static Sequential xorNetwork(long seed) {
        Rng rng = new Rng(seed);
        return new Sequential(
                new Dense(2, 4, rng), new ActivationLayer(new Activation.Tanh()),
                new Dense(4, 1, rng), new ActivationLayer(new Activation.Sigmoid()));
    }

    static Trainer xorTrainer(long seed) {
        return new Trainer(new MeanSquaredError(), new SGD(0.5))
                .epochs(2000).batchSize(4).shuffle(new Rng(seed)).metrics(new Metric.Accuracy());
    }

    @Test
    void fit_learnsXor() {
        var model = xorNetwork(1);
        History history = xorTrainer(1).fit(model, XOR_X, XOR_Y);
        assertEquals(2000, history.epochs().size());
        assertTrue(history.last().loss() < 0.01, "final loss " + history.last().loss());
        assertEquals(1.0, history.last().metric("accuracy"));
        assertEquals(1.0, Evaluation.accuracy(model, XOR_X, XOR_Y));
        assertTrue(history.last().loss() < history.epochs().getFirst().loss());
    }

    @Test
    void session_epochByEpoch_equalsFit() {
        History whole = xorTrainer(3).epochs(30).validationSplit(0.25)
                .fit(xorNetwork(3), XOR_X, XOR_Y);
        Trainer.Session session = xorTrainer(3).validationSplit(0.25)
                .start(xorNetwork(3), XOR_X, XOR_Y);
        for (History.Epoch expected : whole.epochs()) {
            History.Epoch e = session.epoch();
            assertEquals(expected.epoch(), e.epoch());
            assertEquals(expected.loss(), e.loss());
            assertEquals(expected.validationLoss(), e.validationLoss());
        }
        assertEquals(30, session.epochs());
    }

    @Test
    void fit_sameSeed_sameHistory_otherSeed_otherHistory() {
        var first = xorTrainer(7).epochs(50).fit(xorNetwork(7), XOR_X, XOR_Y);
        var again = xorTrainer(7).epochs(50).fit(xorNetwork(7), XOR_X, XOR_Y);
        var other = xorTrainer(8).epochs(50).fit(xorNetwork(8), XOR_X, XOR_Y);
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    /// Train on `y = x` but validate on `y = −x`: every step toward the training targets makes
    /// the validation loss worse, so the best epoch is the first and early stopping fires after
    /// `patience` more epochs. The model starts at `W = 0, b = 0`.
    @Test
    void earlyStopping_stopsAndRestoresBestWeights() {
        Matrix x = Matrix.column(-1, -0.5, 0.5, 1);
        var trainer = sgdOnFour(100).validationData(x, x.scale(-1)).earlyStopping(3);
        Dense model = zeroModel();
        History history = trainer.fit(model, x, x);

        assertTrue(history.stoppedEarly());
        assertEquals(4, history.epochs().size());
        assertEquals(1, history.best().epoch());
        Dense oneEpoch = zeroModel();
        sgdOnFour(1).fit(oneEpoch, x, x);
        assertEquals(oneEpoch.weights().value(), model.weights().value());
    }

    @Test
    void earlyStopping_withoutRestore_keepsLastWeights() {
        Matrix x = Matrix.column(-1, -0.5, 0.5, 1);
        Dense model = zeroModel();
        sgdOnFour(100).validationData(x, x.scale(-1)).earlyStopping(3, false).fit(model, x, x);
        Dense fourEpochs = zeroModel();
        sgdOnFour(4).fit(fourEpochs, x, x);
        assertEquals(fourEpochs.weights().value(), model.weights().value());
    }

    /// The `1 → 1` model `W = 0, b = 0`.
    private static Dense zeroModel() {
        return Dense.of(Matrix.row(0.0), Matrix.row(0.0));
    }

    /// Plain SGD with `η = 0.1`, one batch of 4 per epoch, for `epochs` epochs.
    private static Trainer sgdOnFour(int epochs) {
        return new Trainer(new MeanSquaredError(), new SGD(0.1)).epochs(epochs).batchSize(4);
    }

    @Test
    void validationSplit_holdsOutTheLastRows() {
        // 10 rows, split 0.2: rows 8 and 9 validate. A model fixed at ŷ = 0 (learning rate
        // tiny) has validation loss mean(y²) over those rows: (8² + 9²)/2 = 72.5.
        Matrix x = Matrix.zeros(10, 1);
        Matrix y = Matrix.linspace(0, 9, 10);
        Dense model = zeroModel();
        History h = new Trainer(new MeanSquaredError(), new SGD(1e-12)).epochs(1)
                .validationSplit(0.2).fit(model, x, y);
        assertEquals(72.5, h.last().validationLoss(), 1e-6);
        assertTrue(h.last().hasValidation());
    }

    @Test
    void schedule_setsTheLearningRateEachEpoch() {
        var schedule = new LearningRateSchedule.StepDecay(0.4, 0.5, 2);
        History h = xorTrainer(1).epochs(5).schedule(schedule).fit(xorNetwork(1), XOR_X, XOR_Y);
        double[] rates = h.epochs().stream().mapToDouble(History.Epoch::learningRate).toArray();
        assertArrayEquals(new double[]{0.4, 0.4, 0.2, 0.2, 0.1}, rates, 1e-15);
    }

    @Test
    void clipGradients_limitsEachStep() {
        // each step moves the weights by at most η·maxNorm = 1·1e-6 in global norm
        var model = xorNetwork(3);
        Matrix before = model.parameters().getFirst().value().copy();
        new Trainer(new MeanSquaredError(), new SGD(1)).epochs(10).batchSize(4)
                .clipGradients(1e-6).fit(model, XOR_X, XOR_Y);
        double moved = model.parameters().getFirst().value().minus(before).norm();
        assertTrue(moved > 0 && moved <= 10 * 1e-6 + 1e-15, "moved " + moved);
    }

    @Test
    void fit_isSilentWithoutATerminal() {
        PrintStream original = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured));
        try {
            xorTrainer(1).epochs(20).fit(xorNetwork(1), XOR_X, XOR_Y);
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString());
    }

    @Test
    void predict_usesEvaluationMode_thenReturnsToTraining() {
        var dropout = new Dropout(0.5, new Rng(1));
        Layer model = new Sequential(dropout);
        Matrix x = Matrix.filled(4, 4, 1);
        assertEquals(x, Evaluation.predict(model, x));
        assertNotEquals(x, model.forward(x)); // training again: some entries dropped
    }
}
