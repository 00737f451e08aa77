package nn.live;

/// Named, seeded computations that a widget runs, callable from the page as
/// `nnLiveCheck(name)` and from the JVM as `Checks.run(name)`. The browser tests call both
/// and compare the numbers, so the engine compiled to JavaScript is held to the JVM's results.
/// Nothing here touches the page.
public final class Checks {
    private Checks() {}

    /// The result of the computation called `name`, as text (numbers with all their digits).
    public static String run(String name) {
        return switch (name) {
            case "neuron-and" -> neuronAnd();
            case "descent-1d" -> DescentRuns.parabolaCheck();
            case "descent-2d" -> DescentRuns.valleyCheck();
            case "optimizers-race" -> OptimizerRace.check();
            case "playground-moons" -> playground(PlaygroundSettings.DEFAULT, 50);
            case "playground-regularized" -> playground(new PlaygroundSettings("spirals", 12, 3,
                    "tanh", "AdamW", 0.01, 0.01, 0.1), 30);
            default -> throw new IllegalArgumentException("no check called '" + name + "'");
        };
    }

    /// The names `run` knows, for the tests to go through.
    public static String[] names() {
        return new String[] {"neuron-and", "descent-1d", "descent-2d", "optimizers-race",
            "playground-moons", "playground-regularized"};
    }

    private static String neuronAnd() {
        var neuron = new nn.neuron.Neuron(new double[] {2, 1}, -3,
                new nn.activations.Activation.Sigmoid());
        var out = new StringBuilder();
        for (double[] x : new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}) {
            out.append(neuron.output(x)).append(' ');
        }
        return out.toString().trim();
    }

    /// The chapter 10 playground's training loss in each of its first `epochs` epochs, then
    /// the validation loss of the last, as the widget computes them.
    private static String playground(PlaygroundSettings settings, int epochs) {
        var model = new PlaygroundModel(settings);
        var out = new StringBuilder();
        for (int e = 0; e < epochs; e++) {
            model.epoch();
            out.append(model.current().loss()).append(' ');
        }
        return out.append(model.current().validationLoss()).toString();
    }
}
