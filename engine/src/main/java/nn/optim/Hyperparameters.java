package nn.optim;

/// Range checks shared by the optimizers, with messages that name the setting and its value.
final class Hyperparameters {
    private Hyperparameters() {}

    static double learningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(
                    "learning rate must be a positive number, got " + learningRate);
        }
        return learningRate;
    }

    /// A decay rate such as momentum's β or Adam's β₁, β₂: `0 ≤ value < 1`.
    static double decay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
        }
        return value;
    }

    /// A small constant `ε` that keeps a division away from zero: `> 0`.
    static double epsilon(double eps) {
        if (!(eps > 0)) throw new IllegalArgumentException("eps must be > 0, got " + eps);
        return eps;
    }

    static double weightDecay(double weightDecay) {
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
        }
        return weightDecay;
    }
}
