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
        // Your code here.
        throw new UnsupportedOperationException("exercise 10.4 not attempted yet");
    }
}
