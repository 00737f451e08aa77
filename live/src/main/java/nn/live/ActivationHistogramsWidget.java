package nn.live;

import nn.activations.Activation;
import nn.live.ui.Choice;
import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Loop;
import nn.live.ui.Plot;
import nn.live.ui.Slider;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.List;

/// Chapter 8: the activations of a deep stack of 100-unit layers for one starting-weight rule
/// and one activation (`ActivationTrace`, the network of `TrackActivations.java`). The first
/// chart overlays the histograms of four layers from first to last, as in the chapter's
/// histogram figures; the second gives every layer's standard deviation on a log scale. The
/// layers are computed a few per animation frame.
final class ActivationHistogramsWidget {
    private static final int BINS = 40, MAX_DEPTH = 12;
    private final Choice scheme, activation;
    private final Slider depth;
    private final Plot histograms, stds;
    private final HTMLElement readout;
    private final Loop loop;
    private ActivationTrace trace;

    ActivationHistogramsWidget(HTMLElement root) {
        var controls = new Controls(root);
        scheme = controls.choice("weights", Schemes.names(), "Xavier").onChange(this::restart);
        activation = controls.choice("f", List.of("tanh", "relu", "sigmoid", "leaky-relu", "elu",
                "softplus", "swish", "gelu"), "tanh").onChange(this::restart);
        // At most 12: deeper, tanh and ELU units under N(0, 0.01²) reach |z| < 1e-14, where the
        // page's Math.tanh and Math.expm1 (TeaVM builds them from Math.exp) lose digits.
        depth = controls.slider("layers", 1, MAX_DEPTH, 1, 10, v -> "" + (int) v)
                .onChange(this::extend);
        var charts = Dom.element(root, "div", "live-plots");
        histograms = Captioned.plot(charts, "Histograms of layers from first to last", 0.7);
        stds = Captioned.plot(charts, "Standard deviation of each layer, log scale", 0.7)
                .logY(true).axisLabels("layer", "");
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        loop = new Loop(this::addLayer, this::drawWhenDone, 10);
        restart();
    }

    private void restart() {
        trace = new ActivationTrace(Schemes.named(scheme.value()),
                Activations.named(activation.value()));
        extend();
    }

    private void extend() {
        if (trace.depth() >= depth.intValue()) draw(); else loop.start();
    }

    private boolean addLayer() {
        if (trace.depth() < depth.intValue()) trace.addLayer();
        return trace.depth() < depth.intValue();
    }

    private void drawWhenDone() {
        if (trace.depth() >= depth.intValue()) {
            draw();
        } else {
            readout.setTextContent("computing layer %d of %d …"
                    .formatted(trace.depth() + 1, depth.intValue()));
        }
    }

    private void draw() {
        int layers = depth.intValue();
        int[] shown = HistogramWindow.shownLayers(layers);
        var window = HistogramWindow.of(trace, Activations.named(activation.value()), shown,
                BINS);
        drawHistograms(window, shown);
        drawStds(layers);
        show(layers, window);
    }

    private void drawHistograms(HistogramWindow window, int[] shown) {
        histograms.area(window.min(), window.max(), 0, window.top())
                .axisLabels(window.skipZeros() ? "a > 0" : "a", "share").begin();
        var theme = histograms.theme();
        for (int k = 0; k < shown.length; k++) {
            double[] d = window.shares()[k];
            double[] x = new double[2 * BINS], y = new double[2 * BINS];
            double bin = (window.max() - window.min()) / BINS;
            for (int b = 0; b < BINS; b++) {
                x[2 * b] = window.min() + b * bin;
                x[2 * b + 1] = window.min() + (b + 1) * bin;
                y[2 * b] = y[2 * b + 1] = d[b];
            }
            histograms.line(x, y, 2 * BINS, theme.series(k), 2);
            histograms.legend(k, "layer " + shown[k], theme.series(k), "right");
        }
        histograms.describe("Histograms of the activations of layers %s, %s units with %s"
                .formatted(join(shown), activation.value(), scheme.value()) + " weights");
    }

    private void drawStds(int layers) {
        double[] x = new double[layers], s = new double[layers];
        for (int l = 1; l <= layers; l++) {
            x[l - 1] = l;
            s[l - 1] = trace.std(l);
        }
        double[] decades = LogRange.decades(s);
        stds.area(0.5, layers + 0.5, decades[0], decades[1]).begin();
        var theme = stds.theme();
        stds.line(x, s, layers, theme.series(0), 2);
        for (int l = 0; l < layers; l++) {
            if (s[l] > 0 && Double.isFinite(s[l])) stds.dot(x[l], s[l], 3.5, theme.series(0));
        }
        if (!LogRange.anyPositive(s)) {
            stds.label((layers + 1) / 2.0, Math.sqrt(decades[0] * decades[1]),
                    "std = 0 in every layer", "center");
        }
        stds.describe("Standard deviation of the activations in layers 1 to %d on a log"
                .formatted(layers) + " scale, from " + LogRange.format(s[0]) + " to "
                + LogRange.format(s[layers - 1]));
    }

    private void show(int layers, HistogramWindow window) {
        readout.setTextContent("");
        for (int l = 1; l <= layers; l++) {
            Dom.text(readout, "span", null, "std " + l + ": " + LogRange.format(trace.std(l)));
        }
        if (window.skipZeros()) {
            long percent = Math.round(100 * trace.zeroShare(layers));
            Dom.text(readout, "span", null, percent + "% of layer " + layers
                    + " exactly 0, not drawn");
        }
    }

    private static String join(int[] layers) {
        var out = new StringBuilder();
        for (int l : layers) out.append(out.isEmpty() ? "" : ", ").append(l);
        return out.toString();
    }
}
