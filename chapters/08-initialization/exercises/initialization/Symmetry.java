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
        // Your code here.
        throw new UnsupportedOperationException("exercise 8.4 not attempted yet");
    }

    /// Builds the network 2 → Dense(4, `init`) → tanh → Dense(1, `init`) → sigmoid (both Dense
    /// layers drawing from one `new Rng(1)`), trains it on `Datasets.xor()` with
    /// `new SGD(0.5)`, the binary cross-entropy, batch size 4 and `epochs` epochs, and returns
    /// whether its 4 hidden units still have identical weights (tolerance 1e-12).
    public static boolean unitsStayIdentical(Initializer init, int epochs) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 8.4 not attempted yet");
    }
}
