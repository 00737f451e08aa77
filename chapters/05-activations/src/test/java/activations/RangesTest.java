package activations;

import nn.activations.Activation;
import nn.activations.Activation.*;
import nn.check.Exercise;
import org.junit.jupiter.api.Test;

import java.util.List;

@Exercise(id = "5.4", title = "The range of every activation", file = "activations/Ranges.java",
        hints = {
            "Look at the figure of all activations: which curves flatten out at a level, which "
                    + "keep going? ELU approaches −α; swish and GELU dip below 0 and come back up.",
            "Use `switch (f) { case Sigmoid s -> 0; case ELU(double alpha) -> -alpha; ... }`. For "
                    + "the dips, bisect on [−5, 0]: f.derivative is negative at −5 and "
                    + "positive at 0; return f.apply at the root."})
class RangesTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private record Expected(Activation f, double lowest, double highest) {}

    // Worked out from each definition. The three dips are where f'(z) = 0:
    // swish at z ≈ −1.2784645 (there 1 + z(1 − σ(z)) = 0, so f = z·σ(z) = z + 1 ≈ −0.2784645),
    // GELU at z ≈ −0.7517915 (Φ(z) + zφ(z) = 0), GELU-tanh at z ≈ −0.7524614.
    private static final List<Expected> EXPECTED = List.of(
            new Expected(new Identity(), -INF, INF),
            new Expected(new Step(), 0, 1),
            new Expected(new Sigmoid(), 0, 1),
            new Expected(new Tanh(), -1, 1),
            new Expected(new ReLU(), 0, INF),
            new Expected(new LeakyReLU(0.01), -INF, INF),
            new Expected(new LeakyReLU(0.2), -INF, INF),
            new Expected(new ELU(1.0), -1, INF),
            new Expected(new ELU(0.5), -0.5, INF),
            new Expected(new Swish(), -0.27846454276107385, INF),
            new Expected(new GELU(), -0.16997120747990369, INF),
            new Expected(new GELUTanh(), -0.17004075057125412, INF),
            new Expected(new Softplus(), 0, INF));

    private static void check(String method, Activation f, double expected, double actual) {
        boolean infinite = Double.isInfinite(expected);
        boolean ok = infinite ? expected == actual : Math.abs(expected - actual) <= 1e-6;
        if (!ok) {
            throw new AssertionError("Ranges.%s(%s) returned %s but should be %s%s".formatted(
                    method, f, actual, expected, infinite ? "" : " (tolerance 1e-6)"));
        }
    }

    @Test
    void lowestOfEveryActivation() {
        for (Expected e : EXPECTED) check("lowest", e.f(), e.lowest(), Ranges.lowest(e.f()));
    }

    @Test
    void highestOfEveryActivation() {
        for (Expected e : EXPECTED) check("highest", e.f(), e.highest(), Ranges.highest(e.f()));
    }

    @Test
    void coversEveryActivationOfTheEngine() {
        for (Activation f : Activation.all()) {
            Ranges.lowest(f);
            Ranges.highest(f);
        }
    }
}
