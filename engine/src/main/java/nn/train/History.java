package nn.train;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/// What happened in each epoch of a training run, in order. Taught in chapter 10.
///
/// @param epochs       one entry per epoch that ran
/// @param stoppedEarly whether early stopping ended the run before the last planned epoch
public record History(List<Epoch> epochs, boolean stoppedEarly) {

    /// One epoch: the mean training loss over its batches, the validation loss (`NaN` without
    /// validation data), the metrics by name, and the learning rate used.
    public record Epoch(int epoch, double loss, double validationLoss,
                        Map<String, Double> metrics, Map<String, Double> validationMetrics,
                        double learningRate) {

        public Epoch {
            metrics = Map.copyOf(metrics);
            validationMetrics = Map.copyOf(validationMetrics);
        }

        public boolean hasValidation() { return !Double.isNaN(validationLoss); }

        /// The loss that `best()` and early stopping watch: validation loss if there is any,
        /// else the training loss.
        public double monitoredLoss() { return hasValidation() ? validationLoss : loss; }

        /// A metric by name, e.g. `metric("accuracy")`.
        public double metric(String name) { return lookUp(metrics, name); }

        public double validationMetric(String name) { return lookUp(validationMetrics, name); }

        private static double lookUp(Map<String, Double> values, String name) {
            Double v = values.get(name);
            if (v == null) {
                throw new IllegalArgumentException("no metric '%s' in this epoch; there are %s"
                        .formatted(name, values.keySet()));
            }
            return v;
        }
    }

    public History {
        epochs = List.copyOf(epochs);
    }

    /// The last epoch that ran.
    public Epoch last() { return epochs.getLast(); }

    /// The epoch with the lowest monitored loss (validation loss if any, else training loss).
    public Epoch best() {
        return epochs.stream().min(Comparator.comparingDouble(Epoch::monitoredLoss)).orElseThrow();
    }

    /// The training loss of every epoch, for plotting.
    public double[] losses() {
        return epochs.stream().mapToDouble(Epoch::loss).toArray();
    }

    /// The validation loss of every epoch (`NaN` entries without validation data).
    public double[] validationLosses() {
        return epochs.stream().mapToDouble(Epoch::validationLoss).toArray();
    }
}
