package nn.live;

import nn.activations.Activation;
import nn.live.ui.Choice;
import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Plot;
import nn.live.ui.Slider;
import nn.math.Matrix;
import org.teavm.jso.dom.html.HTMLElement;

/// Chapter 5: one activation `f` and its derivative `f'` on `z ∈ [−5, 5]`, as in each panel of
/// the figure of activations; a slider moves a point `z` along both curves, and the readout
/// gives `f(z)` and `f'(z)`.
final class ActivationCurveWidget {
    private static final int SAMPLES = 401;
    private final Choice activation;
    private final Slider z;
    private final Plot plot;
    private final HTMLElement readout;

    ActivationCurveWidget(HTMLElement root) {
        var controls = new Controls(root);
        activation = controls.choice("f", Activations.names(9), "sigmoid").onChange(this::draw);
        z = controls.slider("z", -5, 5, 0.1, 1, NeuronWidget::signed).onChange(this::draw);
        plot = new Plot(root, "", 0.62).axisLabels("z", "");
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        draw();
    }

    private void draw() {
        Activation f = Activations.named(activation.value());
        Matrix grid = Matrix.linspace(-5, 5, SAMPLES);
        Matrix values = f.apply(grid), slopes = f.derivative(grid);
        double[] zs = grid.toArray(), a = values.toArray(), slope = slopes.toArray();
        double low = Math.min(-0.2, Math.min(values.min(), slopes.min()));
        double high = Math.max(1.2, Math.max(values.max(), slopes.max()));
        double pad = 0.08 * (high - low);
        plot.area(-5, 5, low - pad, high + pad).begin();
        var theme = plot.theme();
        plot.segment(-5, 0, 5, 0, theme.rule(), 1);
        plot.segment(0, low - pad, 0, high + pad, theme.rule(), 1);
        plot.line(zs, a, SAMPLES, theme.series(0), 2.5);
        plot.line(zs, slope, SAMPLES, theme.series(1), 2);
        mark(f, theme.muted(), theme.series(0), theme.series(1), low - pad, high + pad);
        plot.legend(0, "f(z), " + f.name(), theme.series(0), "left");
        plot.legend(1, "f'(z)", theme.series(1), "left");
    }

    /// The point `z` on both curves, a vertical line through it, and the readout.
    private void mark(Activation f, String line, String curve, String derivative,
                      double bottom, double top) {
        double at = z.value(), value = f.apply(at), slope = f.derivative(at);
        plot.segment(at, bottom, at, top, line, 1);
        plot.dot(at, value, 5, curve);
        plot.dot(at, slope, 5, derivative);
        String zText = NeuronWidget.signed(at);
        readout.setTextContent("");
        Dom.text(readout, "span", null, "z = " + zText);
        Dom.text(readout, "span", null, "f(z) = " + decimals(value));
        Dom.text(readout, "span", null, "f'(z) = " + decimals(slope));
        plot.describe("%s and its derivative for z from −5 to 5; at z = %s, f(z) = %s and"
                .formatted(f.name(), zText, decimals(value)) + " f'(z) = " + decimals(slope));
    }

    static String decimals(double v) {
        return "%.4f".formatted(v).replace('-', '−');
    }
}
