package nn.train;

import nn.layers.Layer;
import nn.losses.Loss;
import nn.math.Matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Sums over one epoch's batches, weighted by batch size (the last batch may be smaller), so
/// the epoch's loss and metrics are means over all training examples. The metrics come from
/// the training-mode predictions made during the epoch, as the weights changed.
final class EpochTotals {
    private final List<Metric> metrics;
    private final double[] metricSums;
    private double lossSum;
    private int examples;

    EpochTotals(List<Metric> metrics) {
        this.metrics = metrics;
        this.metricSums = new double[metrics.size()];
    }

    void add(double batchLoss, Matrix yHat, Matrix y) {
        int n = y.rows();
        lossSum += batchLoss * n;
        for (int m = 0; m < metrics.size(); m++) metricSums[m] += metrics.get(m).value(yHat, y) * n;
        examples += n;
    }

    /// The epoch's record, with validation loss and metrics computed in evaluation mode.
    History.Epoch summarize(int epoch, Layer model, Loss loss, TrainingData data,
                            double learningRate) {
        Map<String, Double> train = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            train.put(metrics.get(m).name(), metricSums[m] / examples);
        }
        Map<String, Double> validation = new LinkedHashMap<>();
        double validationLoss = Double.NaN;
        if (data.hasValidation()) {
            Matrix yHat = Evaluation.predict(model, data.xVal());
            validationLoss = loss.value(yHat, data.yVal());
            for (Metric m : metrics) validation.put(m.name(), m.value(yHat, data.yVal()));
        }
        return new History.Epoch(epoch, lossSum / examples, validationLoss, train, validation,
                learningRate);
    }
}
