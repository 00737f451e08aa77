package nn.live;

import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Plot;
import nn.live.ui.Slider;
import nn.math.Matrix;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/// Chapter 2: gradient descent on `f(x) = x²`, as in `DescendParabola` and `TryLearningRates`.
/// Sliders set the learning rate `η` (past the limit `η = 1`), the start `x₀` (a click or tap
/// on the chart sets it too) and the number of steps; Play draws the path one step at a time.
final class Descent1dWidget implements Playback.Steps {
    private static final double[] RATES = {0.001, 0.003, 0.01, 0.03, 0.05, 0.1, 0.2, 0.3, 0.4,
        0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1, 1.05, 1.1, 1.2, 1.5, 2};
    private static final double X0 = -5.5, X1 = 5.5, Y0 = -1, Y1 = 30;
    private final ListSlider rate;
    private final Slider start, steps;
    private final Playback playback;
    private final Plot plot;
    private final HTMLElement readout;
    private double[][] path;
    private int shown;

    Descent1dWidget(HTMLElement root) {
        var controls = new Controls(root);
        rate = new ListSlider(controls, "η", RATES, 0.1).onChange(this::recompute);
        start = controls.slider("x₀", -5, 5, 0.1, 5, ShortNumbers::of).onChange(this::recompute);
        steps = controls.slider("steps", 1, 50, 1, 20, v -> Integer.toString((int) v))
                .onChange(this::recompute);
        playback = new Playback(controls, "Play", this, this::draw);
        plot = new Plot(root, "", 0.625).area(X0, X1, Y0, Y1).axisLabels("x", "f(x)");
        plot.canvas().addEventListener("click", e -> pick((MouseEvent) e));
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        recompute();
    }

    /// A new path for the current settings, shown whole.
    private void recompute() {
        playback.stop();
        path = DescentRuns.onParabola(start.value(), rate.value(), steps.intValue());
        shown = path.length - 1;
        playback.pace(Math.min(250, 2500.0 / steps.intValue()), 1);
        draw();
    }

    private void pick(MouseEvent e) {
        double x = plot.dataX(e.getOffsetX());
        start.set(Math.max(-5, Math.min(5, Math.round(x * 10) / 10.0)));
    }

    public boolean atEnd() { return shown == path.length - 1; }

    public void advance() { shown++; }

    public void rewind() { shown = 0; }

    private void draw() {
        plot.begin();
        var theme = plot.theme();
        double[] xs = Matrix.linspace(X0, X1, 221).toArray();
        double[] fs = new double[xs.length];
        for (int i = 0; i < xs.length; i++) fs[i] = DescentRuns.parabola(xs[i]);
        plot.line(xs, fs, xs.length, theme.series(0), 2);
        drawPath(theme.series(1));
        describe();
    }

    private void drawPath(String colour) {
        int n = shown + 1;
        double[] xs = new double[n], fs = new double[n];
        for (int t = 0; t < n; t++) {
            xs[t] = path[t][0];
            fs[t] = DescentRuns.parabola(xs[t]);
        }
        double w = X1 - X0, h = Y1 - Y0;
        double[][] cut = ClippedPath.clip(xs, fs, n, X0 - w, X1 + w, Y0 - h, Y1 + h);
        plot.line(cut[0], cut[1], cut[0].length, colour, 1.5);
        for (int t = 0; t < n; t++) {
            if (xs[t] >= X0 && xs[t] <= X1 && fs[t] <= Y1) {
                plot.dot(xs[t], fs[t], t == shown ? 6 : 4, colour);
            }
        }
    }

    private void describe() {
        double x = path[shown][0], eta = rate.value(), factor = 1 - 2 * eta;
        readout.setTextContent("");
        Dom.text(readout, "span", null, "step " + shown + " of " + (path.length - 1));
        Dom.text(readout, "span", null, "x = " + ShortNumbers.of(x));
        Dom.text(readout, "span", null, "f(x) = " + ShortNumbers.of(DescentRuns.parabola(x)));
        Dom.text(readout, "span", null,
                "|f′(x)| = " + ShortNumbers.of(Math.abs(DescentRuns.slope(x))));
        String verdict = verdict(x, factor);
        Dom.text(readout, "span", "live-wrap", verdict);
        plot.describe("The parabola f(x) = x² and " + shown + " steps of gradient descent from x = "
                + ShortNumbers.of(start.value()) + " with learning rate " + ShortNumbers.of(eta)
                + "; " + verdict + ".");
    }

    /// Each step multiplies `x` by `1 − 2η`; the verdict follows from its size.
    private String verdict(double x, double factor) {
        String times = "x × " + ShortNumbers.of(factor) + " per step";
        if (path.length - 1 < steps.intValue()) {
            return "diverging: x overflowed after " + (path.length - 1) + " steps";
        }
        if (start.value() == 0) return "at the minimum already";
        if (Math.abs(factor) > 1) {
            return "diverging: |x| = " + ShortNumbers.of(Math.abs(x)) + " after " + shown
                    + " steps (" + times + ")";
        }
        if (Math.abs(factor) == 1) return "never settles (" + times + ")";
        return "converging (" + times + ")";
    }
}
