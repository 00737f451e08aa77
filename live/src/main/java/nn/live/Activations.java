package nn.live;

import nn.activations.Activation;

import java.util.List;

/// The activations that chapter 5 draws, in the order of its figure of curves (leaky ReLU with
/// `α = 0.1`, as there, so that its slope shows), then the identity and the step of chapter 1.
/// The widgets of chapters 5 and 8 offer them by `name()`.
final class Activations {
    private static final List<Activation> TAUGHT = List.of(new Activation.Sigmoid(),
            new Activation.Tanh(), new Activation.ReLU(), new Activation.LeakyReLU(0.1),
            new Activation.ELU(1.0), new Activation.Softplus(), new Activation.Swish(),
            new Activation.GELU(), new Activation.GELUTanh(), new Activation.Identity(),
            new Activation.Step());

    private Activations() {}

    /// Every activation above, first the nine of the figure.
    static List<Activation> taught() {
        return TAUGHT;
    }

    /// The names of the first `count` activations, for a `Choice`.
    static List<String> names(int count) {
        return TAUGHT.subList(0, count).stream().map(Activation::name).toList();
    }

    /// The activation called `name`.
    static Activation named(String name) {
        for (Activation f : TAUGHT) if (f.name().equals(name)) return f;
        throw new IllegalArgumentException("no activation called '" + name + "'");
    }
}
