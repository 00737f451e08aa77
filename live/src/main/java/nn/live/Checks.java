package nn.live;

import nn.activations.Activation;
import nn.init.Initializer;

/// Named, seeded computations that a widget runs, callable from the page as
/// `nnLiveCheck(name)` and from the JVM as `Checks.run(name)`. The browser tests call both
/// and compare the numbers, so the engine compiled to JavaScript is held to the JVM's results.
/// Nothing here touches the page.
public final class Checks {
    private Checks() {}

    /// The result of the computation called `name`, as text (numbers with all their digits).
    /// A check may take an argument after a colon, e.g. `digits-classify:0,0,0.5,…`.
    public static String run(String name) {
        int colon = name.indexOf(':');
        String check = colon < 0 ? name : name.substring(0, colon);
        String argument = colon < 0 ? null : name.substring(colon + 1);
        return switch (check) {
            case "neuron-and" -> neuronAnd();
            case "descent-1d" -> DescentRuns.parabolaCheck();
            case "descent-2d" -> DescentRuns.valleyCheck();
            case "optimizers-race" -> OptimizerRace.check();
            case "playground-moons" -> playground(PlaygroundSettings.DEFAULT, 50);
            case "playground-regularized" -> playground(new PlaygroundSettings("spirals", 12, 3,
                    "tanh", "AdamW", 0.01, 0.01, 0.1), 30);
            case "activation-values" -> activationValues();
            case "vanishing-gradients" -> vanishingGradients();
            case "track-activations" -> trackActivations();
            case "fit-width" -> fitWidth();
            case "digits-weights-sum" -> DigitChecks.weightsSum();
            case "digits-classify" -> DigitChecks.classify(argument);
            case "digits-strokes" -> DigitChecks.strokes(argument);
            case "digits-redraw" -> DigitChecks.redraw(argument);
            default -> throw new IllegalArgumentException("no check called '" + name + "'");
        };
    }

    /// The names `run` knows, for the tests to go through (each also runs without argument).
    public static String[] names() {
        return new String[] {"neuron-and", "descent-1d", "descent-2d", "optimizers-race",
            "playground-moons", "playground-regularized", "activation-values",
            "vanishing-gradients", "track-activations", "fit-width", "digits-weights-sum",
            "digits-classify", "digits-strokes", "digits-redraw"};
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

    /// Chapter 5, `CompareActivations.java`: `f(z)` and `f'(z)` of every activation the
    /// curve widget offers at `z = −2, −1, 0, 1, 2` (leaky ReLU with `α = 0.1` here).
    private static String activationValues() {
        var out = new StringBuilder();
        for (var f : Activations.taught()) {
            for (double z = -2; z <= 2; z++) {
                out.append(f.apply(z)).append(' ').append(f.derivative(z)).append(' ');
            }
        }
        return out.toString().trim();
    }

    /// Chapter 5, `TraceVanishingGradients.java` with its settings (15 hidden layers of 32
    /// units): `‖∂L/∂W‖` per layer for sigmoid and tanh with Xavier-normal weights and ReLU
    /// with He-normal weights, the three columns that script prints.
    private static String vanishingGradients() {
        var out = new StringBuilder();
        append(out, GradientTrace.weightGradientNorms(new Activation.Sigmoid(),
                new Initializer.XavierNormal(), 15, 32));
        append(out, GradientTrace.weightGradientNorms(new Activation.Tanh(),
                new Initializer.XavierNormal(), 15, 32));
        append(out, GradientTrace.weightGradientNorms(new Activation.ReLU(),
                new Initializer.HeNormal(), 15, 32));
        return out.toString().trim();
    }

    /// Chapter 8, `TrackActivations.java`: the standard deviation of the activations of
    /// layers 1 to 10, for tanh then ReLU and the script's four rules (it prints layers
    /// 1, 2, 5 and 10).
    private static String trackActivations() {
        var out = new StringBuilder();
        for (String f : new String[] {"tanh", "relu"}) {
            for (String scheme : Schemes.names().subList(0, 4)) {
                var trace = new ActivationTrace(Schemes.named(scheme), Activations.named(f));
                for (int l = 1; l <= 10; l++) {
                    trace.addLayer();
                    out.append(trace.std(l)).append(' ');
                }
            }
        }
        return out.toString().trim();
    }

    /// Chapter 9, `FitWithWidth.java`: the loss of the first two epochs for widths 1, 3, 10
    /// (the widget's default) and 50. Only two: from the third epoch on, the page's and the
    /// JVM's runs part (by 1e-7 at epoch 3 and about 1e-6 after 300, at width 10). The
    /// browser's `Math.tanh` and the JVM's may differ in the last bit, and Adam divides each
    /// gradient by its own size, so a weight whose gradient is rounding noise moves a full
    /// step whose sign that last bit decides. (On the JVM, 2000 epochs of `WidthFit` give the
    /// script's final losses.)
    private static String fitWidth() {
        var out = new StringBuilder();
        for (int width : new int[] {1, 3, 10, 50}) {
            var fit = new WidthFit(WidthFit.TARGETS.getFirst(), width);
            out.append(fit.epoch()).append(' ').append(fit.epoch()).append(' ');
        }
        return out.toString().trim();
    }

    private static void append(StringBuilder out, double[] values) {
        for (double v : values) out.append(v).append(' ');
    }
}
