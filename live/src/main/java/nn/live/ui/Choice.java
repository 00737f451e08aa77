package nn.live.ui;

import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

import java.util.List;

/// A labelled drop-down list of options.
public final class Choice {
    private final HTMLSelectElement select;
    private final List<String> options;
    private Runnable onChange = () -> {};

    Choice(HTMLElement parent, String label, List<String> options, String selected) {
        this.options = options;
        HTMLElement field = Dom.element(parent, "div", "live-field");
        String id = Dom.newId("choice");
        Dom.text(field, "label", null, label).setAttribute("for", id);
        select = (HTMLSelectElement) Dom.element(field, "select", null);
        select.setAttribute("id", id);
        for (String option : options) {
            HTMLElement o = Dom.text(select, "option", null, option);
            o.setAttribute("value", option);
        }
        select.setValue(selected);
        select.addEventListener("change", e -> onChange.run());
    }

    public String value() {
        return select.getValue();
    }

    public int index() {
        return options.indexOf(value());
    }

    /// Picks an option (as a reader would) and runs `onChange`.
    public void set(String option) {
        select.setValue(option);
        onChange.run();
    }

    public Choice onChange(Runnable action) {
        this.onChange = action;
        return this;
    }
}
