package nn.live;

import nn.live.ui.Choice;
import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Plot;
import nn.live.ui.Slider;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.List;

/// Chapter 5: the gradient norm `‖∂L/∂W‖` of every hidden layer of a deep network after one
/// backward pass, on a log scale, as in the figure of vanishing gradients. Sliders set the
/// depth and width, lists the activation and the starting weights; each change rebuilds the
/// network and runs one forward and one backward pass (`GradientTrace`).
final class VanishingGradientsWidget {
    /// Not gelu-tanh, nor the two tiny-weight rules: the page's `Math.tanh` and `Math.expm1`
    /// (TeaVM builds them from `Math.exp`) give NaN for `|z| > 709` and lose every digit for
    /// `|z| < 1e-16`, which those deep networks reach; the JVM's do not.
    private static final List<String> SCHEMES = Schemes.names().stream()
            .filter(s -> !s.equals("N(0, 0.01²)") && !s.startsWith("U(")).toList();
    private final Slider depth, width;
    private final Choice activation, scheme;
    private final Plot plot;
    private final HTMLElement readout;

    VanishingGradientsWidget(HTMLElement root) {
        var controls = new Controls(root);
        depth = controls.slider("layers", 2, 30, 1, 15, v -> "" + (int) v).onChange(this::draw);
        width = controls.slider("width", 4, 64, 4, 32, v -> "" + (int) v).onChange(this::draw);
        activation = controls.choice("f", Activations.names(8), "sigmoid")
                .onChange(this::draw);
        scheme = controls.choice("weights", SCHEMES, "Xavier").onChange(this::draw);
        plot = Captioned.plot(root, "‖∂L/∂W‖ of each hidden layer, log scale", 0.62).logY(true)
                .axisLabels("layer", "");
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        draw();
    }

    private void draw() {
        int layers = depth.intValue();
        double[] norms = GradientTrace.weightGradientNorms(
                Activations.named(activation.value()), Schemes.named(scheme.value()),
                layers, width.intValue());
        double[] x = new double[layers];
        for (int l = 0; l < layers; l++) x[l] = l + 1;
        double[] decades = LogRange.decades(norms);
        plot.area(0.5, layers + 0.5, decades[0], decades[1]).begin();
        var theme = plot.theme();
        plot.line(x, norms, layers, theme.series(0), 2);
        for (int l = 0; l < layers; l++) {
            if (norms[l] > 0 && Double.isFinite(norms[l])) plot.dot(x[l], norms[l], 3.5,
                    theme.series(0));
        }
        if (!LogRange.anyPositive(norms)) {
            plot.label((layers + 1) / 2.0, Math.sqrt(decades[0] * decades[1]),
                    "every gradient is 0", "center");
        }
        show(norms);
    }

    private void show(double[] norms) {
        int last = norms.length - 1;
        double ratio = norms[0] / norms[last];
        double perLayer = Math.pow(ratio, 1.0 / last); // the mean factor per layer backwards
        readout.setTextContent("");
        Dom.text(readout, "span", null, "layer 1: " + LogRange.format(norms[0]));
        Dom.text(readout, "span", null, "layer " + (last + 1) + ": "
                + LogRange.format(norms[last]));
        Dom.text(readout, "span", null, "first / last = " + LogRange.format(ratio));
        if (perLayer > 0 && Double.isFinite(perLayer)) {
            String factor = (perLayer < 0.1 ? "%.3f" : "%.2f").formatted(perLayer);
            Dom.text(readout, "span", null, "×" + factor + " per layer, going back");
        }
        plot.describe(("Gradient norm of each of %d hidden layers, %s units with %s weights,"
                + " on a log scale: %s at layer 1, %s at layer %d").formatted(norms.length,
                activation.value(), scheme.value(), LogRange.format(norms[0]),
                LogRange.format(norms[last]), last + 1));
    }
}
