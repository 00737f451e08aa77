package nn.live;

import nn.live.ui.Choice;
import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Loop;
import nn.live.ui.Plot;
import nn.live.ui.Slider;
import nn.math.Matrix;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/// Chapter 9: one hidden layer of tanh units learns a function of one variable, live
/// (`WidthFit`, the network and training of `FitWithWidth.java`). The first chart shows the
/// target and the network's current output, the second the loss per epoch on a log scale.
/// Train runs 2000 epochs (the script's) a few per frame, Step runs 100, Reset starts again.
final class FitWidthWidget {
    private static final int ROUND = 2000, STEP = 100, GRID = 201;
    private final Choice target;
    private final Slider units;
    private final HTMLButtonElement train;
    private final Plot fitPlot, lossPlot;
    private final HTMLElement readout;
    private final Loop loop;
    private WidthFit fit;
    private int goal = ROUND;

    FitWidthWidget(HTMLElement root) {
        var controls = new Controls(root);
        target = controls.choice("f", WidthFit.TARGETS.stream().map(WidthFit.Target::name)
                .toList(), WidthFit.TARGETS.getFirst().name()).onChange(this::reset);
        units = controls.slider("hidden units", 1, 50, 1, 10, v -> "" + (int) v)
                .onChange(this::reset);
        var buttons = new Controls(root);
        train = buttons.button("Train", this::toggle);
        train.setAttribute("aria-pressed", "false");
        buttons.button("Step", this::step);
        buttons.button("Reset", this::reset);
        var charts = Dom.element(root, "div", "live-plots");
        fitPlot = Captioned.plot(charts, "Target f and network output g", 0.7)
                .axisLabels("x", "");
        lossPlot = Captioned.plot(charts, "Mean squared error per epoch, log scale", 0.7)
                .logY(true).axisLabels("epoch", "");
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        loop = new Loop(this::epoch, this::drawWhileTraining, 10);
        reset();
    }

    private void reset() {
        fit = new WidthFit(WidthFit.target(target.value()), units.intValue());
        goal = ROUND;
        draw();
    }

    private void toggle() {
        if (loop.running()) {
            pause();
            return;
        }
        if (fit.epochs() >= goal) goal = (fit.epochs() / ROUND + 1) * ROUND;
        train.setTextContent("Pause");
        train.setAttribute("aria-pressed", "true");
        loop.start();
    }

    private void pause() {
        loop.stop();
        train.setTextContent("Train");
        train.setAttribute("aria-pressed", "false");
    }

    private void step() {
        pause();
        for (int k = 0; k < STEP; k++) fit.epoch();
        if (fit.epochs() > goal) goal = (fit.epochs() + ROUND - 1) / ROUND * ROUND;
        draw();
    }

    private boolean epoch() {
        fit.epoch();
        return fit.epochs() < goal;
    }

    /// Every frame, or with reduced motion only the final state.
    private void drawWhileTraining() {
        boolean done = fit.epochs() >= goal;
        if (done) pause();
        if (done || !Dom.reducedMotion()) {
            draw();
        } else {
            readout.setTextContent("training, epoch " + fit.epochs() + " …");
        }
    }

    private void draw() {
        drawFit();
        drawLoss();
        readout.setTextContent("");
        Dom.text(readout, "span", null, "epoch " + fit.epochs());
        if (fit.epochs() > 0) {
            Dom.text(readout, "span", null, "loss " + "%.5f".formatted(lastLoss()));
        }
        Dom.text(readout, "span", null, "max |f − g| " + "%.4f".formatted(fit.maxError()));
        Dom.text(readout, "span", null, fit.parameters() + " parameters");
    }

    private void drawFit() {
        var t = fit.target();
        Matrix grid = Matrix.linspace(WidthFit.LOW, WidthFit.HIGH, GRID);
        Matrix target = grid.map(t.f());
        double[] xs = grid.toArray(), f = target.toArray(), g = fit.predict(grid).toArray();
        double low = Math.min(target.min(), -0.1), high = target.max(), range = high - low;
        // room above f for the legend
        fitPlot.area(WidthFit.LOW, WidthFit.HIGH, low - 0.1 * range, high + 0.35 * range)
                .begin();
        var theme = fitPlot.theme();
        fitPlot.line(xs, f, GRID, theme.muted(), 3);
        fitPlot.line(xs, g, GRID, theme.series(0), 2);
        fitPlot.legend(0, "f", theme.muted(), "left");
        fitPlot.legend(1, "g, " + units.intValue() + " tanh units", theme.series(0), "left");
        fitPlot.describe("The target %s and the output of a network of %d tanh units after %d"
                .formatted(t.name(), units.intValue(), fit.epochs()) + " epochs");
    }

    private void drawLoss() {
        int n = fit.epochs();
        double[] epochs = new double[n], losses = fit.losses();
        for (int e = 0; e < n; e++) epochs[e] = e + 1;
        double[] decades = LogRange.decades(java.util.Arrays.copyOf(losses, n));
        lossPlot.area(0, goal, decades[0], decades[1]).begin();
        lossPlot.line(epochs, losses, n, lossPlot.theme().series(1), 2);
        lossPlot.describe(n == 0 ? "No training yet" : "Loss per epoch on a log scale, "
                + "%.5f after epoch %d".formatted(lastLoss(), n));
    }

    private double lastLoss() {
        return fit.losses()[fit.epochs() - 1];
    }
}
