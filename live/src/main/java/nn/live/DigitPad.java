package nn.live;

import nn.live.ui.Dom;
import nn.live.ui.Theme;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Chapter 11: a square canvas to draw on with a mouse, pen or finger (pointer events). It keeps
/// the strokes as `DigitInk` takes them, in fractions of its side, and calls `onChange` while
/// a stroke grows (at most once an animation frame) and when it ends.
final class DigitPad {
    /// The pen's width on screen, as a share of the pad's side.
    private static final double PEN = 0.055;
    private final HTMLElement box;
    private final HTMLCanvasElement canvas;
    private final List<double[]> strokes = new ArrayList<>();
    private final Runnable onChange;
    private double[] current; // the stroke under the pointer, or null
    private boolean pending;

    DigitPad(HTMLElement parent, Runnable onChange) {
        this.onChange = onChange;
        box = Dom.element(parent, "div", "live-pad");
        canvas = (HTMLCanvasElement) Dom.element(box, "canvas", null);
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "Drawing area: draw a digit here with a mouse, pen or"
                + " finger, or use the button that shows a test digit");
        canvas.addEventListener("pointerdown", this::down);
        canvas.addEventListener("pointermove", this::move);
        canvas.addEventListener("pointerup", e -> end());
        canvas.addEventListener("pointercancel", e -> end());
        Window.current().addEventListener("resize", e -> draw());
    }

    List<double[]> strokes() {
        return List.copyOf(strokes);
    }

    /// Replaces the drawing, e.g. with the strokes of a test digit.
    void set(List<double[]> newStrokes) {
        strokes.clear();
        strokes.addAll(newStrokes);
        current = null;
        draw();
    }

    private void down(Event e) {
        e.preventDefault();
        capture(canvas, e);
        current = new double[0];
        strokes.add(current);
        add(e);
    }

    private void move(Event e) {
        if (current == null) return;
        e.preventDefault();
        add(e);
    }

    private void add(Event e) {
        current = Arrays.copyOf(current, current.length + 2);
        current[current.length - 2] = fractionX(canvas, e);
        current[current.length - 1] = fractionY(canvas, e);
        strokes.set(strokes.size() - 1, current);
        draw();
        if (!pending) {
            pending = true;
            Window.requestAnimationFrame(t -> {
                pending = false;
                onChange.run();
            });
        }
    }

    private void end() {
        if (current == null) return;
        current = null;
        onChange.run();
    }

    /// Paints the strokes at the canvas's current size, in the theme's text colour.
    void draw() {
        double ratio = Window.current().getDevicePixelRatio();
        double side = Math.max(100, box.getClientWidth());
        canvas.setWidth((int) Math.round(side * ratio));
        canvas.setHeight((int) Math.round(side * ratio));
        canvas.getStyle().setProperty("height", side + "px");
        var g = (CanvasRenderingContext2D) canvas.getContext("2d");
        var theme = Theme.of(box);
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.clearRect(0, 0, side, side);
        if (strokes.isEmpty()) {
            g.setFillStyle(theme.muted());
            g.setFont("15px system-ui, sans-serif");
            g.setTextAlign("center");
            g.setTextBaseline("middle");
            g.fillText("draw a digit here", side / 2, side / 2);
            return;
        }
        g.setTransform(ratio * side, 0, 0, ratio * side, 0, 0); // draw in fractions of the side
        g.setStrokeStyle(theme.text());
        g.setLineWidth(PEN);
        g.setLineCap("round");
        g.setLineJoin("round");
        for (double[] s : strokes) {
            g.beginPath();
            g.moveTo(s[0], s[1]);
            for (int k = 2; k + 1 < s.length; k += 2) g.lineTo(s[k], s[k + 1]);
            if (s.length == 2) g.lineTo(s[0], s[1]); // a dot
            g.stroke();
        }
    }

    @JSBody(params = {"canvas", "e"}, script = "canvas.setPointerCapture(e.pointerId);")
    private static native void capture(HTMLCanvasElement canvas, Event e);

    @JSBody(params = {"canvas", "e"}, script = "var r = canvas.getBoundingClientRect();"
            + " return (e.clientX - r.left) / r.width;")
    private static native double fractionX(HTMLCanvasElement canvas, Event e);

    @JSBody(params = {"canvas", "e"}, script = "var r = canvas.getBoundingClientRect();"
            + " return (e.clientY - r.top) / r.height;")
    private static native double fractionY(HTMLCanvasElement canvas, Event e);
}
