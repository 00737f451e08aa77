package nn.activations;

import nn.math.Matrix;

/// An activation function `a = f(z)` applied entry by entry, with its derivative `f'(z)`.
/// Chapter 1 meets the step, sigmoid and tanh; chapter 5 compares them all.
///
/// Each member is a record; adding one makes every `switch` over activations and the
/// parameterized gradient test cover it automatically.
public sealed interface Activation
        permits Activation.Identity, Activation.Step, Activation.Sigmoid, Activation.Tanh,
                Activation.ReLU {

    /// `f(z)`.
    double apply(double z);

    /// `f'(z)`, the slope of `f` at `z`.
    double derivative(double z);

    /// A short lowercase name for printing, e.g. `sigmoid`.
    String name();

    default Matrix apply(Matrix z) {
        return z.map(this::apply);
    }

    default Matrix derivative(Matrix z) {
        return z.map(this::derivative);
    }

    // tag::identity[]
    /// `f(z) = z`: no nonlinearity at all.
    record Identity() implements Activation {
        public double apply(double z) { return z; }
        public double derivative(double z) { return 1; }
        public String name() { return "identity"; }
    }
    // end::identity[]

    // tag::step[]
    /// The Heaviside step `f(z) = 1 if z ≥ 0 else 0`, the perceptron's activation.
    /// Its derivative is 0 wherever it exists, so gradient descent cannot train it.
    record Step() implements Activation {
        public double apply(double z) { return z >= 0 ? 1 : 0; }
        public double derivative(double z) { return 0; }
        public String name() { return "step"; }
    }
    // end::step[]

    // tag::sigmoid[]
    /// `σ(z) = 1 / (1 + e^(−z))`, squashing any number into (0, 1);
    /// `σ'(z) = σ(z)·(1 − σ(z))`.
    record Sigmoid() implements Activation {
        public double apply(double z) {
            // Two forms so that e^(...) never overflows for large |z|.
            if (z >= 0) return 1 / (1 + Math.exp(-z));
            double e = Math.exp(z);
            return e / (1 + e);
        }
        public double derivative(double z) {
            double s = apply(z);
            return s * (1 - s);
        }
        public String name() { return "sigmoid"; }
    }
    // end::sigmoid[]

    // tag::tanh[]
    /// `tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))`, squashing into (−1, 1);
    /// `tanh'(z) = 1 − tanh²(z)`.
    record Tanh() implements Activation {
        public double apply(double z) { return Math.tanh(z); }
        public double derivative(double z) {
            double t = Math.tanh(z);
            return 1 - t * t;
        }
        public String name() { return "tanh"; }
    }
    // end::tanh[]

    // tag::relu[]
    /// `ReLU(z) = max(0, z)`; its derivative is 1 for `z > 0` and 0 otherwise
    /// (we pick 0 at the kink `z = 0`).
    record ReLU() implements Activation {
        public double apply(double z) { return Math.max(0, z); }
        public double derivative(double z) { return z > 0 ? 1 : 0; }
        public String name() { return "relu"; }
    }
    // end::relu[]
}
