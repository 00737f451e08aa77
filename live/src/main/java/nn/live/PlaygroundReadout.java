package nn.live;

import nn.layers.Sequential;
import nn.live.ui.Dom;
import nn.train.History;
import org.teavm.jso.dom.html.HTMLElement;

/// Chapter 10: the playground's numbers in words: the epoch, loss and accuracy on the training
/// and the validation points, and the network and optimizer that produced them. The same
/// sentences describe the two charts to screen readers.
final class PlaygroundReadout {
    private final HTMLElement readout;

    PlaygroundReadout(HTMLElement root) {
        Dom.text(root, "p", "live-note", "Dots: the 150 training points; ringed dots: the 50"
                + " validation points. The training loss is measured with dropout on.");
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
    }

    void show(PlaygroundModel model, int maxEpochs, PlaygroundCharts charts) {
        History.Epoch e = model.current();
        PlaygroundSettings s = model.settings();
        readout.setTextContent("");
        span(epoch(e.epoch(), maxEpochs));
        if (model.diverged()) {
            span("epoch %d: the loss is not a number".formatted(e.epoch() + 1));
            span("Reset, with a smaller η");
        }
        span("training loss %s, accuracy %s".formatted(fixed(e.loss(), 4), accuracy(e, false)));
        span("validation loss %s, accuracy %s".formatted(fixed(e.validationLoss(), 4),
                accuracy(e, true)));
        span("network %s %s".formatted(shape(s), s.activation()));
        span("%d parameters, dropout %s".formatted(
                Sequential.count(model.network().parameters()), plain(s.dropout())));
        span("%s, η = %s, λ = %s".formatted(s.optimizer(), plain(s.learningRate()),
                plain(s.weightDecay())));
        if (!s.decays() && s.weightDecay() > 0) span("λ unused: Momentum has no weight decay");
        charts.describe("Decision regions of a %s %s network on the %s after %d epochs, %s of the"
                        .formatted(shape(s), s.activation(), s.dataset(), e.epoch(),
                                accuracy(e, false))
                        + " training and %s of the validation points on the right side"
                        .formatted(accuracy(e, true)),
                "Training and validation loss per epoch; after %d epochs %s and %s"
                        .formatted(e.epoch(), fixed(e.loss(), 3), fixed(e.validationLoss(), 3)));
    }

    private static String epoch(int epoch, int maxEpochs) {
        if (epoch == 0) return "epoch 0, before training";
        return epoch >= maxEpochs ? "epoch %d, the last one".formatted(epoch) : "epoch " + epoch;
    }

    /// `2-8-8-1`: the sizes of the input, the hidden layers and the output.
    static String shape(PlaygroundSettings s) {
        var out = new StringBuilder("2");
        for (int l = 0; l < s.depth(); l++) out.append('-').append(s.width());
        return out.append("-1").toString();
    }

    private static String accuracy(History.Epoch e, boolean validation) {
        double a = validation ? e.validationMetric("accuracy") : e.metric("accuracy");
        return "%.1f %%".formatted(100 * a);
    }

    private static String fixed(double v, int digits) {
        return ("%." + digits + "f").formatted(v);
    }

    private static String plain(double v) {
        return PlaygroundWidget.number(new double[] {v}, 0);
    }

    private void span(String text) {
        Dom.text(readout, "span", null, text);
    }
}
