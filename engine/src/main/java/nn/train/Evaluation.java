package nn.train;

import nn.layers.Layer;
import nn.losses.Loss;
import nn.math.Matrix;

/// Using a model after training: predictions in evaluation mode (dropout off, batch-norm
/// running statistics), accuracy and loss on held-out data. Taught in chapter 10.
public final class Evaluation {
    private Evaluation() {}

    // tag::predict[]
    /// `model(x)` in evaluation mode; afterwards the model is back in training mode, the mode
    /// layers start in.
    public static Matrix predict(Layer model, Matrix x) {
        model.setTraining(false);
        try {
            return model.forward(x);
        } finally {
            model.setTraining(true);
        }
    }
    // end::predict[]

    /// The share of rows of `x` classified right (see `Metric.Accuracy`); `labels` is `n × 1`
    /// with 0/1 targets or `n × k` one-hot.
    public static double accuracy(Layer model, Matrix x, Matrix labels) {
        return new Metric.Accuracy().value(predict(model, x), labels);
    }

    /// The mean loss of the model's predictions for `x` against `y`.
    public static double loss(Layer model, Loss loss, Matrix x, Matrix y) {
        return loss.value(predict(model, x), y);
    }
}
