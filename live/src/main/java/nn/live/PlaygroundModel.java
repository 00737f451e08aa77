package nn.live;

import nn.activations.Activation;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Dropout;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.losses.BinaryCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.Optimizer;
import nn.train.Evaluation;
import nn.train.History;
import nn.train.Metric;
import nn.train.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Chapter 10: the playground's network and its training, without the page. The network is a
/// `Sequential` of `depth` blocks `Dense → activation (→ Dropout)` and a sigmoid unit; every
/// call of `epoch` runs one epoch of the engine's `Trainer` (binary cross-entropy, batches of
/// 16 shuffled rows, validation on the held-out points) through `Trainer.start`, so `n` calls
/// give exactly what one `fit` of `n` epochs gives.
final class PlaygroundModel {
    static final int BATCH_SIZE = 16;
    static final long MODEL_SEED = 4, SHUFFLE_SEED = 5;
    private final PlaygroundData data;
    private final Sequential network;
    private final Rng shuffle = new Rng(SHUFFLE_SEED);
    private final List<History.Epoch> epochs = new ArrayList<>();
    private PlaygroundSettings settings;
    private Optimizer optimizer;
    private Trainer.Session session;
    private boolean diverged; // the loss stopped being finite: no more epochs

    PlaygroundModel(PlaygroundSettings settings) {
        this.settings = settings;
        this.data = PlaygroundData.of(settings.dataset());
        this.network = network(settings, new Rng(MODEL_SEED));
        useOptimizer(settings.newOptimizer());
    }

    static Sequential network(PlaygroundSettings s, Rng rng) {
        List<Layer> layers = new ArrayList<>();
        int in = 2;
        for (int l = 0; l < s.depth(); l++) {
            layers.add(new Dense(in, s.width(), s.hiddenInitializer(), rng));
            layers.add(new ActivationLayer(s.hiddenActivation()));
            if (s.dropout() > 0) layers.add(new Dropout(s.dropout(), rng));
            in = s.width();
        }
        layers.add(new Dense(in, 1, rng));
        layers.add(new ActivationLayer(new Activation.Sigmoid()));
        return new Sequential(layers.toArray(Layer[]::new));
    }

    /// Trains one more epoch; returns false (and trains no more) once the loss is not finite.
    boolean epoch() {
        if (diverged) return false;
        try {
            History.Epoch e = session.epoch();
            epochs.add(new History.Epoch(epochs.size() + 1, e.loss(), e.validationLoss(),
                    e.metrics(), e.validationMetrics(), e.learningRate()));
            return true;
        } catch (IllegalStateException notFinite) {
            diverged = true;
            return false;
        }
    }

    /// New optimizer settings for the same network: a new learning rate keeps the optimizer's
    /// state (Adam's moments), another optimizer or `λ` starts a fresh one from these weights.
    void retune(PlaygroundSettings next) {
        boolean sameKind = next.optimizer().equals(settings.optimizer())
                && next.weightDecay() == settings.weightDecay();
        settings = next;
        if (sameKind) optimizer.setLearningRate(next.learningRate());
        else useOptimizer(next.newOptimizer());
    }

    private void useOptimizer(Optimizer next) {
        optimizer = next;
        session = new Trainer(new BinaryCrossEntropy(), optimizer)
                .batchSize(BATCH_SIZE).shuffle(shuffle)
                .validationData(data.validation().x(), data.validation().y())
                .metrics(new Metric.Accuracy())
                .start(network, data.train().x(), data.train().y());
    }

    /// The network's probability of class 1 for each row of `x` (`n × 2`), dropout off.
    Matrix probabilities(Matrix x) {
        return Evaluation.predict(network, x);
    }

    PlaygroundSettings settings() { return settings; }

    PlaygroundData data() { return data; }

    Sequential network() { return network; }

    List<History.Epoch> epochs() { return epochs; }

    /// The last epoch, or before any, the untrained network measured on both parts of the data.
    History.Epoch current() {
        return epochs.isEmpty() ? untrained() : epochs.getLast();
    }

    private History.Epoch untrained() {
        var loss = new BinaryCrossEntropy();
        Matrix yHat = probabilities(data.train().x());
        Matrix yHatVal = probabilities(data.validation().x());
        var accuracy = new Metric.Accuracy();
        return new History.Epoch(0, loss.value(yHat, data.train().y()),
                loss.value(yHatVal, data.validation().y()),
                Map.of(accuracy.name(), accuracy.value(yHat, data.train().y())),
                Map.of(accuracy.name(), accuracy.value(yHatVal, data.validation().y())),
                optimizer.learningRate());
    }

    /// Whether training stopped because the loss was no longer a finite number.
    boolean diverged() { return diverged; }
}
