package nn.live;

import org.teavm.jso.dom.html.HTMLElement;

/// Every widget by the name the book's `live::name[]` blocks use.
final class Widgets {
    private Widgets() {}

    static void mount(String name, HTMLElement root) {
        switch (name) {
            case "neuron" -> new NeuronWidget(root);
            case "digits" -> new DigitWidget(root);
            default -> throw new IllegalArgumentException("no widget called '" + name + "'");
        }
    }
}
