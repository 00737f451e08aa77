package nn.live;

import nn.activations.Activation;
import nn.live.ui.Choice;
import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Plot;
import nn.live.ui.Slider;
import nn.neuron.Neuron;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.List;

/// Chapter 1: one neuron with two inputs. Sliders set `w₁`, `w₂` and `b`; the plane is shaded
/// by the output `a = f(w·x + b)`, the decision line `w₁x₁ + w₂x₂ + b = 0` is drawn, and the
/// four corners of the unit square show their outputs, as in the AND and OR figures.
final class NeuronWidget {
    private static final double[][] CORNERS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private final Slider w1, w2, b;
    private final Choice activation;
    private final Plot plot;
    private final HTMLElement readout;

    NeuronWidget(HTMLElement root) {
        var controls = new Controls(root);
        w1 = controls.slider("w₁", -4, 4, 0.1, 2, NeuronWidget::signed).onChange(this::draw);
        w2 = controls.slider("w₂", -4, 4, 0.1, 1, NeuronWidget::signed).onChange(this::draw);
        b = controls.slider("b", -4, 4, 0.1, -3, NeuronWidget::signed).onChange(this::draw);
        activation = controls.choice("f", List.of("step", "sigmoid", "tanh"), "step")
                .onChange(this::draw);
        plot = new Plot(root, "", 0.8).maxWidth("32rem").area(-0.5, 1.5, -0.5, 1.5)
                .axisLabels("x₁", "x₂");
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        draw();
    }

    private Neuron neuron() {
        Activation f = switch (activation.value()) {
            case "sigmoid" -> new Activation.Sigmoid();
            case "tanh" -> new Activation.Tanh();
            default -> new Activation.Step();
        };
        return new Neuron(new double[] {w1.value(), w2.value()}, b.value(), f);
    }

    private void draw() {
        Neuron n = neuron();
        boolean tanh = activation.value().equals("tanh");
        plot.begin();
        var theme = plot.theme();
        plot.field(48, (x, y) -> {
            double a = n.output(new double[] {x, y});
            return tanh ? (a + 1) / 2 : a;
        }, theme.series(0), theme.series(1), 0.35);
        drawBoundary(n);
        var text = new StringBuilder();
        readout.setTextContent("");
        for (double[] x : CORNERS) {
            double a = n.output(x);
            boolean high = (tanh ? a >= 0 : a >= 0.5);
            plot.dot(x[0], x[1], 7, theme.series(high ? 1 : 0));
            plot.label(x[0] + 0.09, x[1] + 0.09, fixed(a), "left");
            String corner = "(%d, %d) → z = %s, a = %s".formatted((int) x[0], (int) x[1],
                    fixed(n.weightedSum(x)), fixed(a));
            Dom.text(readout, "span", null, corner);
            text.append(corner).append("; ");
        }
        plot.describe("Decision line %s·x₁ + %s·x₂ + %s = 0 over the unit square; outputs %s"
                .formatted(signed(w1.value()), signed(w2.value()), signed(b.value()), text));
    }

    /// The line `w₁x₁ + w₂x₂ + b = 0`, across the whole window.
    private void drawBoundary(Neuron n) {
        double a = w1.value(), c = w2.value(), bias = b.value();
        String colour = plot.theme().text();
        if (Math.abs(c) > 1e-9) {
            plot.segment(-0.5, -(a * -0.5 + bias) / c, 1.5, -(a * 1.5 + bias) / c, colour, 2);
        } else if (Math.abs(a) > 1e-9) {
            plot.segment(-bias / a, -0.5, -bias / a, 1.5, colour, 2);
        }
    }

    static String fixed(double v) {
        return "%.2f".formatted(v).replace('-', '−');
    }

    static String signed(double v) {
        return "%.1f".formatted(v).replace('-', '−');
    }
}
