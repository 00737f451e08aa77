package nn.optim;

/// The learning rate to use in each epoch, `η(epoch)` with `epoch = 0` for the first one.
/// The trainer calls `rate` at the start of every epoch and passes it to the optimizer.
/// Taught in chapter 7. Any lambda works too: `epoch -> 0.1 / (1 + epoch)`.
@FunctionalInterface
public interface LearningRateSchedule {

    double rate(int epoch);

    // tag::schedules[]
    /// `η(e) = rate`: no schedule.
    record Constant(double rate) implements LearningRateSchedule {
        public double rate(int epoch) { return rate; }
    }

    /// `η(e) = initial · factor^⌊e / every⌋`: drops by `factor` every `every` epochs.
    record StepDecay(double initial, double factor, int every) implements LearningRateSchedule {
        public StepDecay {
            if (every < 1) throw new IllegalArgumentException("every must be >= 1, got " + every);
        }
        public double rate(int epoch) { return initial * Math.pow(factor, epoch / every); }
    }

    /// `η(e) = initial · decay^e`.
    record ExponentialDecay(double initial, double decay) implements LearningRateSchedule {
        public double rate(int epoch) { return initial * Math.pow(decay, epoch); }
    }

    /// Cosine annealing `η(e) = min + ½·(initial − min)·(1 + cos(π·e / epochs))` for
    /// `e ≤ epochs`, then `min`.
    record Cosine(double initial, double min, int epochs) implements LearningRateSchedule {
        public Cosine {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
            }
        }
        public double rate(int epoch) {
            double progress = Math.min(epoch, epochs) / (double) epochs;
            return min + 0.5 * (initial - min) * (1 + Math.cos(Math.PI * progress));
        }
    }
    // end::schedules[]
}
