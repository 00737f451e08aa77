package nn.live;

import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Theme;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLScriptElement;

import java.util.List;

/// Chapter 11: the reader draws a digit and the 784-64-10 network trained during the book
/// build classifies it. The strokes become a 28 × 28 picture the way MNIST made its digits
/// (`DigitInk`), shown small as "what the network sees"; ten bars show the probabilities and
/// the readout names the winner. "Show a test digit" retraces one of the held-out digits
/// shipped with the network (`DigitStrokes`), so keyboard users can try it too.
final class DigitWidget {
    static final String NETWORK_FILE = "images/digits-network.js";
    private final HTMLElement root;
    private final DigitPad pad;
    private final HTMLElement[] bars = new HTMLElement[10], fills = new HTMLElement[10];
    private final HTMLElement chart;
    private final HTMLCanvasElement seen;
    private final HTMLElement readout;
    private final HTMLButtonElement sampleButton;
    private DigitModel model;
    private int nextSample;
    private String sampleNote = ""; // "held-out test digit no. …: " while one is shown

    DigitWidget(HTMLElement root) {
        this.root = root;
        var controls = new Controls(root);
        controls.button("Clear", this::clear);
        sampleButton = controls.button("Show a test digit", this::showSample);
        sampleButton.setDisabled(true);
        HTMLElement panels = Dom.element(root, "div", "live-digits");
        pad = new DigitPad(panels, this::readerDrew);
        HTMLElement right = Dom.element(panels, "div", "live-digits-result");
        chart = Dom.element(right, "div", "live-bars");
        chart.setAttribute("role", "img");
        for (int d = 0; d < bars.length; d++) {
            bars[d] = Dom.element(chart, "div", "live-bar");
            fills[d] = Dom.element(bars[d], "span", "live-bar-fill");
            Dom.text(bars[d], "span", "live-bar-digit", Integer.toString(d));
        }
        HTMLElement seenBox = Dom.element(right, "div", "live-seen");
        seen = (HTMLCanvasElement) Dom.element(seenBox, "canvas", null);
        seen.setWidth(DigitInk.SIDE);
        seen.setHeight(DigitInk.SIDE);
        seen.setAttribute("aria-hidden", "true");
        Dom.text(seenBox, "span", null, "what the network sees: 28 × 28 pixels");
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        pad.draw();
        drawn();
        loadNetwork();
    }

    private void loadNetwork() {
        if (hasNetwork()) {
            networkReady();
            return;
        }
        var script = (HTMLScriptElement) HTMLDocument.current().createElement("script");
        script.addEventListener("load", e -> networkReady());
        script.addEventListener("error", e -> networkMissing("is missing"));
        script.setSrc(NETWORK_FILE);
        HTMLDocument.current().getHead().appendChild(script);
    }

    private void networkReady() {
        try {
            model = DigitSource.model();
        } catch (RuntimeException e) {
            networkMissing("could not be read (" + e.getMessage() + ")");
            return;
        }
        root.setAttribute("data-network", "ready");
        sampleButton.setDisabled(false);
        drawn();
    }

    private void networkMissing(String problem) {
        root.setAttribute("data-network", "missing");
        Dom.text(root, "p", "live-note", "The trained network " + NETWORK_FILE + " " + problem
                + "; the book's build writes it with ExportDigitNetwork.java.");
        drawn();
    }

    private void clear() {
        sampleNote = "";
        pad.set(List.of());
        drawn();
    }

    private void showSample() {
        int i = nextSample++ % model.sampleCount();
        sampleNote = "held-out test digit no. %d (a %d): ".formatted(i + 1, model.label(i));
        pad.set(DigitStrokes.of(model.sample(i)));
        drawn();
    }

    private void readerDrew() {
        sampleNote = ""; // once the reader draws, it is their digit
        drawn();
    }

    /// Classifies the drawing as it is now and shows the result.
    private void drawn() {
        double[] pixels = DigitInk.image(pad.strokes());
        showSeen(pixels);
        if (model == null || pad.strokes().isEmpty()) {
            showBars(new double[10], -1);
            readout.setTextContent(model == null && root.hasAttribute("data-network")
                    ? "No network to ask." : "Draw a digit from 0 to 9 in the box.");
            return;
        }
        double[] p = model.probabilities(pixels);
        int best = 0;
        for (int d = 1; d < p.length; d++) if (p[d] > p[best]) best = d;
        showBars(p, best);
        readout.setTextContent(
                sampleNote + "looks like a " + best + " (" + percent(p[best]) + ")");
    }

    private void showBars(double[] p, int best) {
        var described = new StringBuilder("Probabilities of the ten digits:");
        for (int d = 0; d < bars.length; d++) {
            fills[d].getStyle().setProperty("height", (100 * p[d]) + "%");
            bars[d].setClassName(d == best ? "live-bar live-bar-best" : "live-bar");
            described.append(' ').append(d).append(": ").append(percent(p[d]))
                    .append(d < 9 ? "," : ".");
        }
        chart.setAttribute("aria-label", described.toString());
    }

    /// The 28 × 28 input, ink in the theme's text colour.
    private void showSeen(double[] pixels) {
        var g = (CanvasRenderingContext2D) seen.getContext("2d");
        g.clearRect(0, 0, DigitInk.SIDE, DigitInk.SIDE);
        g.setFillStyle(Theme.of(root).text());
        for (int k = 0; k < pixels.length; k++) {
            if (pixels[k] <= 0) continue;
            g.setGlobalAlpha(pixels[k]);
            g.fillRect(k % DigitInk.SIDE, k / DigitInk.SIDE, 1, 1);
        }
        g.setGlobalAlpha(1);
    }

    /// `p` as a whole percentage, e.g. "93 %". Joined by hand: TeaVM 0.16's `formatted` throws
    /// when a conversion follows `%%` (`"%d %%%s"`), which is easy to write by accident.
    private static String percent(double p) {
        return Math.round(100 * p) + " %";
    }

    @JSBody(script = "return typeof window.nnDigitNetwork === 'string';")
    private static native boolean hasNetwork();
}
