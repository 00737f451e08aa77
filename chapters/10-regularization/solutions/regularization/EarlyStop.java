package regularization;

/// Exercise 10.4: the logic of early stopping.
public final class EarlyStop {
    private EarlyStop() {}

    /// Where training stops and which epoch's weights are kept. Epochs count from 1.
    public record Decision(int stopEpoch, int bestEpoch) {}

    /// Reads one validation loss per epoch, `validationLosses[0]` for epoch 1. An epoch
    /// _improves_ when its loss is strictly below every earlier one. Training stops after the
    /// first epoch that ends `patience` epochs in a row without improvement, or after the last
    /// epoch. Returns that stopping epoch and the best epoch (the last one that improved).
    /// Throws an `IllegalArgumentException` if there are no losses or `patience < 1`.
    public static Decision decide(double[] validationLosses, int patience) {
        if (validationLosses.length == 0 || patience < 1) {
            throw new IllegalArgumentException("need losses and patience >= 1");
        }
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0, without = 0;
        for (int epoch = 1; epoch <= validationLosses.length; epoch++) {
            if (validationLosses[epoch - 1] < best) {
                best = validationLosses[epoch - 1];
                bestEpoch = epoch;
                without = 0;
            } else if (++without >= patience) {
                return new Decision(epoch, bestEpoch);
            }
        }
        return new Decision(validationLosses.length, bestEpoch);
    }
}
