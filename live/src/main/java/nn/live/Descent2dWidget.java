package nn.live;

import nn.live.ui.Choice;
import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Plot;
import nn.live.ui.Slider;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.List;

/// Chapter 2: gradient descent in the narrow valley `f(x, y) = ½(x² + κy²)`, as in
/// `DescendNarrowValley`. Sliders set `η` (past the limit `2/κ`), the start (a click or tap on
/// the chart sets it too) and the number of steps; `κ` is 1, 10 or 100. The chart is shaded by
/// `f`, with the script's level lines; Play draws the path one step at a time.
final class Descent2dWidget implements Playback.Steps {
    private static final double[] RATES = {0.001, 0.002, 0.005, 0.01, 0.015, 0.018, 0.02,
        0.022, 0.03, 0.05, 0.1, 0.15, 0.18, 0.2, 0.22, 0.3, 0.5, 1, 1.5, 1.8, 2, 2.2};
    private static final double[] LEVELS = {0.5, 2, 6, 15, 30, 60};
    private static final double X0 = -11.5, X1 = 11.5, Y0 = -3.8, Y1 = 3.8;
    private final ListSlider rate;
    private final Choice kappa;
    private final Slider startX, startY, steps;
    private final Playback playback;
    private final Plot plot;
    private final HTMLElement readout;
    private double[][] path;
    private int shown;

    Descent2dWidget(HTMLElement root) {
        var controls = new Controls(root);
        rate = new ListSlider(controls, "η", RATES, 0.05).onChange(this::recompute);
        kappa = controls.choice("κ", List.of("1", "10", "100"), "10").onChange(this::recompute);
        startX = controls.slider("x₀", -11, 11, 0.5, -9, ShortNumbers::of)
                .onChange(this::recompute);
        startY = controls.slider("y₀", -3.5, 3.5, 0.1, 2, ShortNumbers::of)
                .onChange(this::recompute);
        steps = controls.slider("steps", 1, 100, 1, 30, v -> Integer.toString((int) v))
                .onChange(this::recompute);
        playback = new Playback(controls, "Play", this, this::draw);
        plot = new Plot(root, "", 0.56).area(X0, X1, Y0, Y1).axisLabels("x", "y");
        plot.canvas().addEventListener("click", e -> pick((MouseEvent) e));
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        recompute();
    }

    private double kappa() {
        return Double.parseDouble(kappa.value());
    }

    private double[] start() {
        return new double[] {startX.value(), startY.value()};
    }

    /// A new path for the current settings, shown whole.
    private void recompute() {
        playback.stop();
        path = DescentRuns.inValley(start(), kappa(), rate.value(), steps.intValue());
        shown = path.length - 1;
        playback.pace(Math.min(250, 2500.0 / steps.intValue()), 1);
        draw();
    }

    private void pick(MouseEvent e) {
        double x = plot.dataX(e.getOffsetX()), y = plot.dataY(e.getOffsetY());
        startX.set(Math.max(-11, Math.min(11, Math.round(x * 2) / 2.0)));
        startY.set(Math.max(-3.5, Math.min(3.5, Math.round(y * 10) / 10.0)));
    }

    public boolean atEnd() { return shown == path.length - 1; }

    public void advance() { shown++; }

    public void rewind() { shown = 0; }

    private void draw() {
        var valley = new Surface.Valley(kappa());
        plot.begin();
        var theme = plot.theme();
        double top = Math.log1p(valley.f(new double[] {X1, Y1}));
        plot.field(64, (x, y) -> Math.log1p(valley.f(new double[] {x, y})) / top,
                theme.background(), theme.series(0), 0.4);
        for (double c : LEVELS) {
            double[][] line = valley.levelLine(c);
            plot.line(line[0], line[1], line[0].length, theme.muted(), 1);
        }
        plot.dot(0, 0, 3, theme.text());
        drawPath(theme.series(1));
        describe(valley);
    }

    private void drawPath(String colour) {
        int n = shown + 1;
        double[] xs = new double[n], ys = new double[n];
        for (int t = 0; t < n; t++) {
            xs[t] = path[t][0];
            ys[t] = path[t][1];
        }
        double w = X1 - X0, h = Y1 - Y0;
        double[][] cut = ClippedPath.clip(xs, ys, n, X0 - w, X1 + w, Y0 - h, Y1 + h);
        plot.line(cut[0], cut[1], cut[0].length, colour, 1.5);
        for (int t = 0; t < n; t++) {
            if (xs[t] >= X0 && xs[t] <= X1 && ys[t] >= Y0 && ys[t] <= Y1) {
                plot.dot(xs[t], ys[t], t == shown ? 5.5 : 3.5, colour);
            }
        }
    }

    private void describe(Surface.Valley valley) {
        double[] w = path[shown], g = valley.gradient(w);
        readout.setTextContent("");
        Dom.text(readout, "span", null, "step " + shown + " of " + (path.length - 1));
        Dom.text(readout, "span", null,
                "(x, y) = (" + ShortNumbers.of(w[0]) + ", " + ShortNumbers.of(w[1]) + ")");
        Dom.text(readout, "span", null, "f = " + ShortNumbers.of(valley.f(w)));
        Dom.text(readout, "span", null, "‖∇f‖ = " + ShortNumbers.of(Math.hypot(g[0], g[1])));
        String verdict = verdict(w);
        Dom.text(readout, "span", "live-wrap", verdict);
        plot.describe("Level lines of f(x, y) = ½(x² + " + kappa.value() + "y²) and " + shown
                + " steps of gradient descent with learning rate " + ShortNumbers.of(rate.value())
                + "; " + verdict + ".");
    }

    /// Each step multiplies `x` by `1 − η` and `y` by `1 − ηκ`; the larger one decides.
    private String verdict(double[] w) {
        double eta = rate.value(), limit = 2 / kappa();
        double factor = Math.max(startX.value() == 0 ? 0 : Math.abs(1 - eta),
                startY.value() == 0 ? 0 : Math.abs(1 - eta * kappa()));
        String rule = "limit 2/κ = " + ShortNumbers.of(limit);
        if (path.length - 1 < steps.intValue()) {
            return "diverging: overflow after " + (path.length - 1) + " steps (" + rule + ")";
        }
        if (factor > 1) {
            return "diverging: ‖(x, y)‖ = " + ShortNumbers.of(Math.hypot(w[0], w[1]))
                    + " after " + shown + " steps (η above the " + rule + ")";
        }
        if (factor == 1) return "never settles: η is at the " + rule;
        return "converging: error × " + ShortNumbers.of(factor) + " per step (" + rule + ")";
    }
}
