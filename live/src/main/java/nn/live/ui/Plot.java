package nn.live.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.browser.Window;

import java.util.function.DoubleBinaryOperator;

/// A chart on a canvas: a data window, axes with round-numbered ticks, and lines, points,
/// markers and a shaded field drawn in data coordinates. It fills its container's width
/// (phones included), draws sharply on high-density screens, and takes its colours from the
/// book's theme every time `begin` is called.
public final class Plot {
    private static final double LEFT = 44, RIGHT = 12, TOP = 10, BOTTOM = 30;
    private final HTMLElement box;
    private final HTMLCanvasElement canvas;
    private final double aspect;
    private CanvasRenderingContext2D g;
    private Theme theme;
    private double width, height;
    private double x0, x1, y0, y1;
    private boolean logY;
    private String xLabel = "", yLabel = "";

    /// A chart `aspect` times as high as it is wide, described by `label` for screen readers.
    public Plot(HTMLElement parent, String label, double aspect) {
        this.aspect = aspect;
        box = Dom.element(parent, "div", "live-plot");
        canvas = (HTMLCanvasElement) Dom.element(box, "canvas", null);
        canvas.setAttribute("role", "img");
        describe(label);
    }

    /// Keeps the chart at most `css` wide (e.g. `"30rem"`), for square charts on wide screens.
    public Plot maxWidth(String css) {
        box.getStyle().setProperty("max-width", css);
        return this;
    }

    public HTMLCanvasElement canvas() {
        return canvas;
    }

    /// The data window: `x` from `x0` to `x1`, `y` from `y0` to `y1`.
    public Plot area(double x0, double x1, double y0, double y1) {
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
        return this;
    }

    /// A logarithmic `y` axis (the window's `y0` and `y1` stay in data units, both > 0).
    public Plot logY(boolean on) {
        this.logY = on;
        return this;
    }

    public Plot axisLabels(String x, String y) {
        this.xLabel = x;
        this.yLabel = y;
        return this;
    }

    /// Says in words what the chart shows now.
    public void describe(String text) {
        canvas.setAttribute("aria-label", text);
    }

    /// Clears the canvas at its current size and draws the axes.
    public void begin() {
        double ratio = Window.current().getDevicePixelRatio();
        width = Math.max(200, box.getClientWidth());
        height = Math.round(width * aspect);
        canvas.setWidth((int) Math.round(width * ratio));
        canvas.setHeight((int) Math.round(height * ratio));
        canvas.getStyle().setProperty("height", height + "px");
        g = (CanvasRenderingContext2D) canvas.getContext("2d");
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        theme = Theme.of(box);
        g.clearRect(0, 0, width, height);
        axes();
    }

    public Theme theme() {
        return theme;
    }

    /// The canvas pixel (CSS units) of data point `x`, and back.
    public double px(double x) {
        return LEFT + (x - x0) / (x1 - x0) * (width - LEFT - RIGHT);
    }

    public double py(double y) {
        double t = logY ? (Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))
                : (y - y0) / (y1 - y0);
        return height - BOTTOM - t * (height - TOP - BOTTOM);
    }

    public double dataX(double pixel) {
        return x0 + (pixel - LEFT) / (width - LEFT - RIGHT) * (x1 - x0);
    }

    public double dataY(double pixel) {
        double t = (height - BOTTOM - pixel) / (height - TOP - BOTTOM);
        return logY ? Math.pow(10, Math.log10(y0) + t * (Math.log10(y1) - Math.log10(y0)))
                : y0 + t * (y1 - y0);
    }

    /// A polyline through `(xs[i], ys[i])`; non-finite points break the line.
    public void line(double[] xs, double[] ys, int n, String colour, double lineWidth) {
        clipToArea();
        g.setStrokeStyle(colour);
        g.setLineWidth(lineWidth);
        g.beginPath();
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
            double y = ys[i];
            if (!Double.isFinite(y) || (logY && y <= 0)) {
                drawing = false;
                continue;
            }
            double cx = px(xs[i]), cy = clampPixel(py(y));
            if (drawing) g.lineTo(cx, cy); else g.moveTo(cx, cy);
            drawing = true;
        }
        g.stroke();
        g.restore();
    }

    /// A filled dot of radius `r` at a data point, outlined in the background colour.
    public void dot(double x, double y, double r, String colour) {
        g.setFillStyle(colour);
        g.setStrokeStyle(theme.background());
        g.setLineWidth(1);
        g.beginPath();
        g.arc(px(x), py(y), r, 0, 2 * Math.PI);
        g.fill();
        g.stroke();
    }

    /// A straight segment between two data points.
    public void segment(double xa, double ya, double xb, double yb, String colour, double w) {
        clipToArea();
        g.setStrokeStyle(colour);
        g.setLineWidth(w);
        g.beginPath();
        g.moveTo(px(xa), clampPixel(py(ya)));
        g.lineTo(px(xb), clampPixel(py(yb)));
        g.stroke();
        g.restore();
    }

    /// Shades the data window cell by cell: `field(x, y)` in `[0, 1]` blends `low` into
    /// `high`, at `opacity`. `cells` cells across; as many down as keep them square.
    public void field(int cells, DoubleBinaryOperator field, String low, String high,
                      double opacity) {
        int[] a = Colours.rgb(low), b = Colours.rgb(high), bg = Colours.rgb(theme.background());
        double cw = (width - LEFT - RIGHT) / cells;
        int rows = (int) Math.ceil((height - TOP - BOTTOM) / cw);
        double ch = (height - TOP - BOTTOM) / rows;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cells; c++) {
                double x = dataX(LEFT + (c + 0.5) * cw), y = dataY(TOP + (r + 0.5) * ch);
                double t = Math.max(0, Math.min(1, field.applyAsDouble(x, y)));
                g.setFillStyle(Colours.mix(a, b, t, opacity, bg));
                double left = Math.floor(LEFT + c * cw), top = Math.floor(TOP + r * ch);
                g.fillRect(left, top, Math.ceil(LEFT + (c + 1) * cw) - left,
                        Math.ceil(TOP + (r + 1) * ch) - top);
            }
        }
        axes();
    }

    /// Text at a data point, in the theme's text colour.
    public void label(double x, double y, String text, String align) {
        g.setFillStyle(theme.text());
        g.setFont("12px system-ui, sans-serif");
        g.setTextAlign(align);
        g.setTextBaseline("middle");
        g.fillText(text, px(x), py(y));
    }

    /// Text in a corner of the chart: `"left"` or `"right"`, in a series colour.
    public void legend(int row, String text, String colour, String side) {
        g.setFont("12px system-ui, sans-serif");
        g.setTextBaseline("top");
        boolean left = side.equals("left");
        g.setTextAlign(left ? "left" : "right");
        double x = left ? LEFT + 20 : width - RIGHT - 4, y = TOP + 4 + 16 * row;
        g.setFillStyle(colour);
        g.fillRect(left ? x - 16 : x - g.measureText(text).getWidth() - 18, y + 5, 12, 3);
        g.setFillStyle(theme.text());
        g.fillText(text, x, y);
    }

    private void axes() {
        g.setStrokeStyle(theme.rule());
        g.setLineWidth(1);
        g.setFillStyle(theme.muted());
        g.setFont("11px system-ui, sans-serif");
        g.strokeRect(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM);
        g.setTextAlign("center");
        g.setTextBaseline("top");
        for (double t : Ticks.of(x0, x1, Math.max(3, (int) (width / 90)))) {
            String label = Ticks.format(t); // the last one is kept inside the canvas
            double half = g.measureText(label).getWidth() / 2;
            g.fillText(label, Math.min(px(t), width - half - 1), height - BOTTOM + 4);
        }
        g.setTextAlign("right");
        g.setTextBaseline("middle");
        double[] ys = logY ? Ticks.decades(y0, y1) : Ticks.of(y0, y1, 5);
        for (double t : ys) g.fillText(Ticks.format(t), LEFT - 4, py(t));
        g.setTextAlign("right");
        g.setTextBaseline("bottom");
        g.fillText(xLabel, width - RIGHT, height - 2);
        g.save();
        g.translate(10, TOP);
        g.rotate(-Math.PI / 2);
        g.setTextAlign("right");
        g.setTextBaseline("top");
        g.fillText(yLabel, 0, 0);
        g.restore();
    }

    private void clipToArea() {
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM);
        g.clip();
    }

    private double clampPixel(double p) {
        return Math.max(-1e4, Math.min(1e4, p));
    }
}
