package nn.live;

import org.teavm.jso.dom.html.HTMLElement;

/// Every widget by the name the book's `live::name[]` blocks use.
final class Widgets {
    private Widgets() {}

    static void mount(String name, HTMLElement root) {
        switch (name) {
            case "neuron" -> new NeuronWidget(root);
            case "descent-1d" -> new Descent1dWidget(root);
            case "descent-2d" -> new Descent2dWidget(root);
            case "optimizers-race" -> new OptimizerRaceWidget(root);
            case "playground" -> new PlaygroundWidget(root);
            case "activation-curve" -> new ActivationCurveWidget(root);
            case "vanishing-gradients" -> new VanishingGradientsWidget(root);
            case "activation-histograms" -> new ActivationHistogramsWidget(root);
            case "fit-width" -> new FitWidthWidget(root);
            case "digits" -> new DigitWidget(root);
            default -> throw new IllegalArgumentException("no widget called '" + name + "'");
        }
    }
}
