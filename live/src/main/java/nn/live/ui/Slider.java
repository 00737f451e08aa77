package nn.live.ui;

import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

import java.util.function.DoubleFunction;

/// A labelled range input with its value shown beside it. The browser makes it keyboard
/// operable (arrow keys, Home, End); `onChange` runs on every move.
public final class Slider {
    private final HTMLInputElement input;
    private final HTMLElement shown;
    private final DoubleFunction<String> format;
    private Runnable onChange = () -> {};

    Slider(HTMLElement parent, String label, double min, double max, double step, double value,
           DoubleFunction<String> format) {
        this.format = format;
        HTMLElement field = Dom.element(parent, "div", "live-field");
        String id = Dom.newId("slider");
        HTMLElement name = Dom.text(field, "label", null, label);
        name.setAttribute("for", id);
        input = (HTMLInputElement) Dom.element(field, "input", null);
        input.setType("range");
        input.setAttribute("id", id);
        input.setAttribute("min", Double.toString(min));
        input.setAttribute("max", Double.toString(max));
        input.setAttribute("step", Double.toString(step));
        input.setValue(Double.toString(value));
        shown = Dom.element(field, "output", null);
        shown.setAttribute("for", id);
        input.addEventListener("input", e -> changed());
        show();
    }

    public double value() {
        return Double.parseDouble(input.getValue());
    }

    public int intValue() {
        return (int) Math.round(value());
    }

    /// Moves the slider (as a reader would) and runs `onChange`.
    public void set(double value) {
        input.setValue(Double.toString(value));
        changed();
    }

    public Slider onChange(Runnable action) {
        this.onChange = action;
        return this;
    }

    private void changed() {
        show();
        onChange.run();
    }

    private void show() {
        String text = format.apply(value());
        shown.setTextContent(text);
        input.setAttribute("aria-valuetext", text);
    }
}
