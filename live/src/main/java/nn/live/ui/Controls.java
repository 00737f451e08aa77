package nn.live.ui;

import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.List;
import java.util.function.DoubleFunction;

/// A row of labelled controls above or beside a widget's drawing.
public final class Controls {
    private final HTMLElement row;

    public Controls(HTMLElement parent) {
        row = Dom.element(parent, "div", "live-controls");
    }

    public Slider slider(String label, double min, double max, double step, double value,
                         DoubleFunction<String> format) {
        return new Slider(row, label, min, max, step, value, format);
    }

    public Choice choice(String label, List<String> options, String selected) {
        return new Choice(row, label, options, selected);
    }

    public HTMLButtonElement button(String label, Runnable action) {
        var button = (HTMLButtonElement) Dom.text(row, "button", "live-button", label);
        button.setAttribute("type", "button");
        button.addEventListener("click", e -> action.run());
        return button;
    }
}
