package nn.live;

import nn.live.ui.Choice;
import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Loop;
import nn.live.ui.Slider;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

import static nn.live.PlaygroundSettings.LEARNING_RATES;
import static nn.live.PlaygroundSettings.WEIGHT_DECAYS;

/// Chapter 10: a small network trained live on one of four point sets. The controls choose
/// the data, the network (width, hidden layers, activation, dropout) and the optimizer
/// (kind, learning rate, L2 `λ`); Train, Step and Reset run the engine's `Trainer` one epoch
/// at a time through `PlaygroundModel`, the class `Checks` tests against the JVM. The root
/// element carries `data-epoch` and `data-loss` (the last training loss) for the tests.
final class PlaygroundWidget {
    static final int MAX_EPOCHS = 1000;
    private static final int COARSE = 40, FINE = 96; // field cells across: training, at rest
    private final HTMLElement root;
    private final Choice dataset, activation, optimizer;
    private final Slider width, depth, learningRate, weightDecay, dropout;
    private final HTMLButtonElement train;
    private final PlaygroundCharts charts;
    private final PlaygroundReadout readout;
    private final Loop loop = new Loop(this::trainOne, () -> draw(COARSE), 10);
    private PlaygroundModel model;

    PlaygroundWidget(HTMLElement root) {
        this.root = root;
        var d = PlaygroundSettings.DEFAULT;
        var controls = new Controls(root);
        dataset = controls.choice("data", PlaygroundSettings.DATASETS, d.dataset());
        width = controls.slider("width", 1, 16, 1, d.width(), v -> Integer.toString((int) v));
        depth = controls.slider("hidden layers", 1, 4, 1, d.depth(),
                v -> Integer.toString((int) v));
        activation = controls.choice("activation", PlaygroundSettings.ACTIVATIONS,
                d.activation());
        dropout = controls.slider("dropout", 0, 0.5, 0.05, d.dropout(), "%.2f"::formatted);
        optimizer = controls.choice("optimizer", PlaygroundSettings.OPTIMIZERS, d.optimizer());
        learningRate = controls.slider("η", 0, LEARNING_RATES.length - 1, 1,
                indexOf(LEARNING_RATES, d.learningRate()), i -> number(LEARNING_RATES, i));
        weightDecay = controls.slider("L2 λ", 0, WEIGHT_DECAYS.length - 1, 1,
                indexOf(WEIGHT_DECAYS, d.weightDecay()), i -> number(WEIGHT_DECAYS, i));
        for (Choice c : new Choice[] {dataset, activation, optimizer}) c.onChange(this::changed);
        for (Slider s : new Slider[] {width, depth, dropout, learningRate, weightDecay}) {
            s.onChange(this::changed);
        }
        var buttons = new Controls(root);
        train = buttons.button("Train", this::toggle);
        train.setAttribute("aria-pressed", "false");
        buttons.button("Step", this::step);
        buttons.button("Reset", this::reset);
        charts = new PlaygroundCharts(root);
        readout = new PlaygroundReadout(root);
        model = new PlaygroundModel(settings());
        draw(FINE);
    }

    private PlaygroundSettings settings() {
        return new PlaygroundSettings(dataset.value(), width.intValue(), depth.intValue(),
                activation.value(), optimizer.value(), LEARNING_RATES[learningRate.intValue()],
                WEIGHT_DECAYS[weightDecay.intValue()], dropout.value());
    }

    /// A new network for a new structure or data set; new optimizer settings for the old one.
    private void changed() {
        PlaygroundSettings next = settings();
        if (next.sameNetwork(model.settings())) model.retune(next);
        else model = new PlaygroundModel(next);
        if (!loop.running()) draw(FINE);
    }

    private void toggle() {
        if (loop.running()) pause();
        else if (canTrain()) {
            loop.start();
            showRunning(true);
        }
    }

    private void step() {
        pause();
        if (canTrain()) model.epoch();
        draw(FINE);
    }

    /// The same settings, a new network from the same seed.
    private void reset() {
        pause();
        model = new PlaygroundModel(settings());
        draw(FINE);
    }

    private void pause() {
        if (!loop.running()) return;
        loop.stop();
        showRunning(false);
        draw(FINE);
    }

    private boolean trainOne() {
        return canTrain() && model.epoch();
    }

    private boolean canTrain() {
        return !model.diverged() && model.epochs().size() < MAX_EPOCHS;
    }

    /// Both charts and the readout; once training has stopped by itself, at full resolution.
    private void draw(int cols) {
        boolean finished = loop.running() && !canTrain();
        if (finished) showRunning(false);
        charts.drawRegions(model, finished ? FINE : cols);
        charts.drawLosses(model.epochs());
        readout.show(model, MAX_EPOCHS, charts);
        var e = model.current();
        root.setAttribute("data-epoch", Integer.toString(e.epoch()));
        root.setAttribute("data-loss", Double.toString(e.loss()));
    }

    private void showRunning(boolean running) {
        train.setTextContent(running ? "Pause" : "Train");
        train.setAttribute("aria-pressed", Boolean.toString(running));
    }

    private static int indexOf(double[] values, double value) {
        for (int i = 0; i < values.length; i++) if (values[i] == value) return i;
        throw new IllegalArgumentException(value + " is not one of the slider's stops");
    }

    /// A slider stop as a plain decimal: `0.0003`, `0.03`, `3`.
    static String number(double[] values, double index) {
        String s = "%.5f".formatted(values[(int) Math.round(index)]);
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        return s.substring(0, s.charAt(end - 1) == '.' ? end - 1 : end);
    }
}
