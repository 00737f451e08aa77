package nn.live;

import nn.activations.Activation;
import nn.init.Initializer;
import nn.optim.Adam;
import nn.optim.AdamW;
import nn.optim.Momentum;
import nn.optim.Optimizer;
import nn.optim.SGD;

import java.util.List;

/// Chapter 10: what the playground's controls choose. `dataset`, `width`, `depth`,
/// `activation` and `dropout` fix the network and its data (changing one starts a new network);
/// `optimizer`, `learningRate` and `weightDecay` (the L2 `λ`) can change while it trains.
record PlaygroundSettings(String dataset, int width, int depth, String activation,
                          String optimizer, double learningRate, double weightDecay,
                          double dropout) {

    static final List<String> DATASETS = List.of("XOR", "moons", "circles", "spirals");
    static final List<String> ACTIVATIONS =
            List.of("tanh", "ReLU", "leaky ReLU", "ELU", "GELU", "sigmoid");
    static final List<String> OPTIMIZERS = List.of("SGD", "momentum", "Adam", "AdamW");
    /// The learning-rate slider's stops: steps of about √10, a log scale.
    static final double[] LEARNING_RATES =
            {1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1, 3};
    static final double[] WEIGHT_DECAYS = {0, 1e-5, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1};

    /// What the playground starts with; `Checks` trains this network too.
    static final PlaygroundSettings DEFAULT =
            new PlaygroundSettings("moons", 8, 2, "ReLU", "Adam", 0.01, 0, 0);

    /// The same network and data: only the optimizer's settings differ, if anything.
    boolean sameNetwork(PlaygroundSettings other) {
        return dataset.equals(other.dataset) && width == other.width && depth == other.depth
                && activation.equals(other.activation) && dropout == other.dropout;
    }

    Activation hiddenActivation() {
        return switch (activation) {
            case "ReLU" -> new Activation.ReLU();
            case "leaky ReLU" -> new Activation.LeakyReLU(0.01);
            case "ELU" -> new Activation.ELU(1);
            case "GELU" -> new Activation.GELU();
            case "sigmoid" -> new Activation.Sigmoid();
            default -> new Activation.Tanh();
        };
    }

    /// He for the ReLU family, Xavier for the squashing functions (chapter 8).
    Initializer hiddenInitializer() {
        return switch (activation) {
            case "tanh", "sigmoid" -> new Initializer.XavierUniform();
            default -> new Initializer.HeUniform();
        };
    }

    Optimizer newOptimizer() {
        return switch (optimizer) {
            case "SGD" -> new SGD(learningRate, weightDecay);
            case "momentum" -> new Momentum(learningRate); // the engine's Momentum has no L2
            case "AdamW" -> new AdamW(learningRate, weightDecay);
            default -> new Adam(learningRate, 0.9, 0.999, 1e-8, weightDecay);
        };
    }

    /// Whether the optimizer uses `weightDecay`.
    boolean decays() {
        return !optimizer.equals("momentum");
    }
}
