package nn.live;

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
            case "digits-weights-sum" -> DigitChecks.weightsSum();
            case "digits-classify" -> DigitChecks.classify(argument);
            case "digits-strokes" -> DigitChecks.strokes(argument);
            case "digits-redraw" -> DigitChecks.redraw(argument);
            default -> throw new IllegalArgumentException("no check called '" + name + "'");
        };
    }

    /// The names `run` knows, for the tests to go through (each also runs without argument).
    public static String[] names() {
        return new String[] {"neuron-and", "digits-weights-sum", "digits-classify",
            "digits-strokes", "digits-redraw"};
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
}
