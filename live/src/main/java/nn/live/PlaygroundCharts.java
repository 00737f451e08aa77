package nn.live;

import nn.data.Dataset;
import nn.live.ui.Dom;
import nn.live.ui.Plot;
import nn.live.ui.Theme;
import nn.train.History;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.List;

/// Chapter 10: the playground's two charts, side by side where there is room. On the left the
/// decision regions (shaded by the network's probability of class 1) with the training points
/// as dots and the validation points as ringed dots; on the right the training and the
/// validation loss per epoch, on a log scale.
final class PlaygroundCharts {
    private static final int[] EPOCH_AXIS = {50, 100, 200, 500, 1000};
    private final Plot regions, losses;

    PlaygroundCharts(HTMLElement root) {
        HTMLElement pair = Dom.element(root, "div", "live-plots");
        regions = new Plot(pair, "", PlaygroundData.ASPECT).axisLabels("x₁", "x₂");
        losses = new Plot(pair, "", PlaygroundData.ASPECT).logY(true)
                .axisLabels("epoch", "loss");
    }

    /// The decision regions, sampled on a grid `cols` cells across.
    void drawRegions(PlaygroundModel model, int cols) {
        double[] w = model.data().window();
        regions.area(w[0], w[1], w[2], w[3]).begin();
        Theme theme = regions.theme();
        int rows = (int) Math.ceil(cols * (w[3] - w[2]) / (w[1] - w[0]));
        var grid = ProbabilityGrid.of(model::probabilities, w, cols, rows);
        regions.field(cols, grid::at, theme.series(0), theme.series(1), 0.35);
        points(model.data().train(), false);
        points(model.data().validation(), true);
    }

    private void points(Dataset data, boolean ringed) {
        Theme theme = regions.theme();
        for (int i = 0; i < data.size(); i++) {
            double x = data.x().get(i, 0), y = data.x().get(i, 1);
            String colour = theme.series(data.label(i));
            if (ringed) regions.dot(x, y, 5.5, theme.text());
            regions.dot(x, y, ringed ? 3.5 : 4, colour);
        }
    }

    /// Training and validation loss of every epoch so far.
    void drawLosses(List<History.Epoch> epochs) {
        int n = epochs.size();
        double[] xs = new double[n], train = new double[n], validation = new double[n];
        double low = 1, high = 1;
        for (int i = 0; i < n; i++) {
            History.Epoch e = epochs.get(i);
            xs[i] = e.epoch();
            train[i] = e.loss();
            validation[i] = e.validationLoss();
            low = Math.min(low, Math.min(train[i], validation[i]));
            high = Math.max(high, Math.max(train[i], validation[i]));
        }
        double y0 = Math.pow(10, Math.floor(Math.log10(Math.max(low, 1e-6))));
        double y1 = Math.pow(10, Math.ceil(Math.log10(Math.min(high, 1e3))));
        losses.area(0, epochAxis(n), Math.min(y0, 0.1), y1).begin();
        Theme theme = losses.theme();
        if (n == 0) {
            losses.label(epochAxis(0) / 2.0, 0.3, "no epochs yet: press Train or Step", "center");
            return;
        }
        losses.line(xs, train, n, theme.series(2), 2);
        losses.line(xs, validation, n, theme.series(3), 2);
        losses.legend(0, "training", theme.series(2), "right");
        losses.legend(1, "validation", theme.series(3), "right");
    }

    private static int epochAxis(int n) {
        for (int e : EPOCH_AXIS) if (n <= e) return e;
        return n;
    }

    void describe(String regionsText, String lossesText) {
        regions.describe(regionsText);
        losses.describe(lossesText);
    }
}
