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

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/// Chapter 9: one hidden layer of `width` tanh units trained on 100 points of a target, as in
/// `FitWithWidth.java`: weights from `new Rng(7)`, Adam with `η = 0.01` on the mean squared
/// error, all 100 points in one batch. Each `epoch()` runs one epoch of the same `Trainer`, so
/// `n` calls give the model that `.epochs(n)` gives in one call.
final class WidthFit {
    static final int POINTS = 100;
    static final double LOW = -3, HIGH = 3;

    /// A function `f` to fit on `[−3, 3]`.
    record Target(String name, DoubleUnaryOperator f) {}

    /// The chapter's functions: `FitWithWidth`'s; then `BuildBumps`' target (three wiggles),
    /// its bump (k = 40) and the sawtooth of exercise 9.4 (the tent map applied three times),
    /// each stretched from `[0, 1]` onto `[−3, 3]` (on `[0, 1]` the same network needs many
    /// times the epochs: its weights must grow six times larger).
    static final List<Target> TARGETS = List.of(
            new Target("sin x + ½ sin 3x", x -> Math.sin(x) + 0.5 * Math.sin(3 * x)),
            new Target("three wiggles", stretched(
                    u -> Math.sin(2 * Math.PI * u) + 0.5 * Math.sin(6 * Math.PI * u))),
            new Target("one bump", stretched(WidthFit::bump)),
            new Target("sawtooth", stretched(u -> tent(tent(tent(u))))));

    private final Target target;
    private final Matrix x, y;
    private final Sequential model;
    private final Trainer trainer;
    private double[] losses = new double[256];
    private int epochs;

    WidthFit(Target target, int width) {
        this.target = target;
        x = Matrix.linspace(LOW, HIGH, POINTS); // 100 × 1
        y = x.map(target.f());
        var rng = new Rng(7);
        model = new Sequential(new Dense(1, width, rng),
                new ActivationLayer(new Activation.Tanh()), new Dense(width, 1, rng));
        trainer = new Trainer(new MeanSquaredError(), new Adam(0.01))
                .epochs(1).batchSize(POINTS).verbose(false);
    }

    static Target target(String name) {
        for (Target t : TARGETS) if (t.name().equals(name)) return t;
        throw new IllegalArgumentException("no target called '" + name + "'");
    }

    /// Trains one more epoch; returns its loss (the mean over the points before the step).
    double epoch() {
        double loss = trainer.fit(model, x, y).last().loss();
        if (epochs == losses.length) losses = Arrays.copyOf(losses, 2 * epochs);
        losses[epochs++] = loss;
        return loss;
    }

    int epochs() { return epochs; }

    /// The losses of epochs 1 to `epochs()`, in a buffer that may be longer.
    double[] losses() { return losses; }

    Target target() { return target; }

    int parameters() { return Sequential.count(model.parameters()); }

    /// The network's output `g(x)` at every point of `grid` (`n × 1`).
    Matrix predict(Matrix grid) { return model.forward(grid); }

    /// `max |f − g|` over the 100 training points.
    double maxError() { return predict(x).minus(y).map(Math::abs).max(); }

    /// `g(u)` for `u = (x + 3) / 6`: `g` on `[0, 1]` drawn out over `[−3, 3]`.
    private static DoubleUnaryOperator stretched(DoubleUnaryOperator g) {
        return x -> g.applyAsDouble((x - LOW) / (HIGH - LOW));
    }

    private static double bump(double x) {
        var sigmoid = new Activation.Sigmoid();
        return sigmoid.apply(40 * (x - 0.4)) - sigmoid.apply(40 * (x - 0.6));
    }

    private static double tent(double x) {
        return x <= 0.5 ? 2 * x : 2 - 2 * x;
    }
}
