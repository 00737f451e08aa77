package nn.train;

import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class MetricTest {

    @Test
    void accuracy_oneColumn_thresholdsAtHalf() {
        Matrix yHat = Matrix.column(0.2, 0.5, 0.7, 0.49);
        Matrix y = Matrix.column(0, 1, 0, 0);
        assertEquals(0.75, new Metric.Accuracy().value(yHat, y)); // rows 0, 1, 3 right
    }

    @Test
    void accuracy_severalColumns_comparesArgmax() {
        Matrix yHat = Matrix.of(new double[]{0.1, 0.7, 0.2}, new double[]{0.5, 0.3, 0.2});
        Matrix y = Matrix.of(new double[]{0, 1, 0}, new double[]{0, 0, 1});
        assertEquals(0.5, new Metric.Accuracy().value(yHat, y));
    }

    @Test
    void meanAbsoluteError_averagesAbsoluteDifferences() {
        // |1 − 0| + |−2 − 0| + |3 − 4| + |0 − 0| = 4, over 4 entries
        Matrix yHat = Matrix.of(new double[]{1, -2}, new double[]{3, 0});
        Matrix y = Matrix.of(new double[]{0, 0}, new double[]{4, 0});
        assertEquals(1.0, new Metric.MeanAbsoluteError().value(yHat, y), 1e-15);
    }

    @Test
    void history_bestIsTheLowestMonitoredLoss() {
        var e1 = new History.Epoch(1, 0.5, 0.9, Map.of(), Map.of(), 0.1);
        var e2 = new History.Epoch(2, 0.3, 0.7, Map.of(), Map.of(), 0.1);
        var e3 = new History.Epoch(3, 0.1, 0.8, Map.of(), Map.of(), 0.1);
        var history = new History(List.of(e1, e2, e3), false);
        assertEquals(2, history.best().epoch()); // by validation loss, not training loss
        assertEquals(3, history.last().epoch());
    }
}
