package nn.train;

import nn.losses.Loss;
import nn.math.Matrix;

/// A number that says how good predictions `yHat` are for targets `y` (both `n × k`), averaged
/// over the examples, for people to read (the loss is what training minimizes). Taught in
/// chapter 10.
public sealed interface Metric {

    double value(Matrix yHat, Matrix y);

    /// A short lowercase name for printing, e.g. `accuracy`.
    String name();

    // tag::accuracy[]
    /// The share of examples whose predicted class is right. With one output column the class
    /// is `yHat ≥ 0.5` (a sigmoid output) against `y ≥ 0.5`; with several it is the column of
    /// the largest entry (argmax), against the argmax of the one-hot `y`.
    record Accuracy() implements Metric {
        public double value(Matrix yHat, Matrix y) {
            Loss.requireSameShape(yHat, y);
            int correct = 0;
            for (int i = 0; i < y.rows(); i++) {
                if (predictedClass(yHat, i) == predictedClass(y, i)) correct++;
            }
            return (double) correct / y.rows();
        }

        private static int predictedClass(Matrix m, int i) {
            return m.cols() == 1 ? (m.get(i, 0) >= 0.5 ? 1 : 0) : m.argmaxOfRow(i);
        }

        public String name() { return "accuracy"; }
    }
    // end::accuracy[]

    /// The mean absolute error `(1/(n·k)) Σᵢ Σⱼ |ŷᵢⱼ − yᵢⱼ|`, in the units of the targets.
    record MeanAbsoluteError() implements Metric {
        public double value(Matrix yHat, Matrix y) {
            Loss.requireSameShape(yHat, y);
            return yHat.minus(y).map(Math::abs).mean();
        }

        public String name() { return "mae"; }
    }
}
