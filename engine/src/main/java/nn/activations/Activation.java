package nn.activations;

import nn.math.Matrix;
import nn.math.Special;

import java.util.List;

/// An activation function `a = f(z)` applied entry by entry, with its derivative `f'(z)`.
/// Chapter 1 meets the step, sigmoid and tanh; chapter 5 compares them all.
///
/// Each member is a record; adding one makes every `switch` over activations and the
/// parameterized gradient test cover it automatically.
public sealed interface Activation
        permits Activation.Identity, Activation.Step, Activation.Sigmoid, Activation.Tanh,
                Activation.ReLU, Activation.LeakyReLU, Activation.ELU, Activation.Swish,
                Activation.GELU, Activation.GELUTanh, Activation.Softplus {

    /// `f(z)`.
    double apply(double z);

    /// `f'(z)`, the slope of `f` at `z`.
    double derivative(double z);

    /// A short lowercase name for printing, e.g. `sigmoid`.
    String name();

    /// `f` applied to every entry of `z`. (The loop, rather than `z.map(this::apply)`, lets
    /// the JIT compiler inline `f` here: `map` is called with many functions, too many to
    /// inline them all at its call site.)
    default Matrix apply(Matrix z) {
        double[] a = z.toArray();
        for (int i = 0; i < a.length; i++) a[i] = apply(a[i]);
        return Matrix.wrap(z.rows(), z.cols(), a);
    }

    /// `f'` applied to every entry of `z`.
    default Matrix derivative(Matrix z) {
        double[] slope = z.toArray();
        for (int i = 0; i < slope.length; i++) slope[i] = derivative(slope[i]);
        return Matrix.wrap(z.rows(), z.cols(), slope);
    }

    /// One instance of every activation, in the order the book introduces them
    /// (leaky ReLU with `α = 0.01`, ELU with `α = 1`).
    static List<Activation> all() {
        return List.of(new Identity(), new Step(), new Sigmoid(), new Tanh(), new ReLU(),
                new LeakyReLU(0.01), new ELU(1.0), new Swish(), new GELU(), new GELUTanh(),
                new Softplus());
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
    /// (we pick 0 at the kink `z = 0`). We write it `max(0, sign z)` rather than
    /// `z > 0 ? 1 : 0`: without a branch the processor has no sign to guess, and in a hidden
    /// layer it would guess wrong for many units (that cost an MNIST MLP about 6% of its time).
    record ReLU() implements Activation {
        public double apply(double z) { return Math.max(0, z); }
        public double derivative(double z) { return Math.max(0, Math.signum(z)); }
        public String name() { return "relu"; }
    }
    // end::relu[]

    // tag::leaky-relu[]
    /// `f(z) = z` for `z > 0` and `α·z` otherwise: a small slope `α` keeps negative units
    /// trainable; `f'(z) = 1` or `α` (we pick `α` at the kink `z = 0`).
    record LeakyReLU(double alpha) implements Activation {
        public double apply(double z) { return z > 0 ? z : alpha * z; }
        public double derivative(double z) { return z > 0 ? 1 : alpha; }
        public String name() { return "leaky-relu"; }
    }
    // end::leaky-relu[]

    // tag::elu[]
    /// `f(z) = z` for `z > 0` and `α·(e^z − 1)` otherwise, bending smoothly towards `−α`;
    /// `f'(z) = 1` or `α·e^z`. With `α = 1` the slope is continuous at 0.
    record ELU(double alpha) implements Activation {
        public double apply(double z) { return z > 0 ? z : alpha * Math.expm1(z); }
        public double derivative(double z) { return z > 0 ? 1 : alpha * Math.exp(z); }
        public String name() { return "elu"; }
    }
    // end::elu[]

    // tag::swish[]
    /// Swish, also called SiLU: `f(z) = z·σ(z)`; `f'(z) = σ(z)·(1 + z·(1 − σ(z)))`.
    record Swish() implements Activation {
        public double apply(double z) { return z * new Sigmoid().apply(z); }
        public double derivative(double z) {
            double s = new Sigmoid().apply(z);
            return s * (1 + z * (1 - s));
        }
        public String name() { return "swish"; }
    }
    // end::swish[]

    // tag::gelu[]
    /// GELU, exact: `f(z) = z·Φ(z)` with `Φ` the standard normal CDF;
    /// `f'(z) = Φ(z) + z·φ(z)` with `φ` the normal density.
    record GELU() implements Activation {
        public double apply(double z) { return z * Special.normalCdf(z); }
        public double derivative(double z) {
            return Special.normalCdf(z) + z * Special.normalPdf(z);
        }
        public String name() { return "gelu"; }
    }
    // end::gelu[]

    // tag::gelu-tanh[]
    /// GELU, tanh approximation: `f(z) = ½·z·(1 + tanh(u))` with
    /// `u = √(2/π)·(z + 0.044715·z³)`; `f'(z) = ½(1 + tanh u) + ½·z·(1 − tanh² u)·u'(z)`.
    record GELUTanh() implements Activation {
        private static final double C = Math.sqrt(2 / Math.PI);

        public double apply(double z) {
            return 0.5 * z * (1 + Math.tanh(C * (z + 0.044715 * z * z * z)));
        }
        public double derivative(double z) {
            double t = Math.tanh(C * (z + 0.044715 * z * z * z));
            double du = C * (1 + 3 * 0.044715 * z * z); // u'(z)
            return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * du;
        }
        public String name() { return "gelu-tanh"; }
    }
    // end::gelu-tanh[]

    // tag::softplus[]
    /// `f(z) = ln(1 + e^z)`, a smooth ReLU; `f'(z) = σ(z)`. Computed as
    /// `max(z, 0) + ln(1 + e^(−|z|))`, which never overflows for large `|z|`.
    record Softplus() implements Activation {
        public double apply(double z) {
            return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
        }
        public double derivative(double z) { return new Sigmoid().apply(z); }
        public String name() { return "softplus"; }
    }
    // end::softplus[]
}
