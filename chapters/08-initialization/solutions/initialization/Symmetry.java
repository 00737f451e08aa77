package initialization;

import nn.activations.Activation;
import nn.data.Dataset;
import nn.data.Datasets;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.losses.BinaryCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.SGD;
import nn.train.Trainer;

/// Exercise 8.4: equal starting weights stay equal.
public final class Symmetry {
    private Symmetry() {}

    /// Whether every column (unit) of `w` equals column 0 within `tolerance`, entry by entry.
    public static boolean identicalUnits(Matrix w, double tolerance) {
        for (int i = 0; i < w.rows(); i++) {
            for (int j = 1; j < w.cols(); j++) {
                if (Math.abs(w.get(i, j) - w.get(i, 0)) > tolerance) return false;
            }
        }
        return true;
    }

    /// Builds the network 2 → Dense(4, `init`) → tanh → Dense(1, `init`) → sigmoid (both Dense
    /// layers drawing from one `new Rng(1)`), trains it on `Datasets.xor()` with
    /// `new SGD(0.5)`, the binary cross-entropy, batch size 4 and `epochs` epochs, and returns
    /// whether its 4 hidden units still have identical weights (tolerance 1e-12).
    public static boolean unitsStayIdentical(Initializer init, int epochs) {
        var rng = new Rng(1);
        var hidden = new Dense(2, 4, init, rng);
        var model = new Sequential(hidden, new ActivationLayer(new Activation.Tanh()),
                new Dense(4, 1, init, rng), new ActivationLayer(new Activation.Sigmoid()));
        Dataset xor = Datasets.xor();
        new Trainer(new BinaryCrossEntropy(), new SGD(0.5)).epochs(epochs).batchSize(4)
                .verbose(false).fit(model, xor.x(), xor.y());
        return identicalUnits(hidden.weights().value(), 1e-12);
    }
}
