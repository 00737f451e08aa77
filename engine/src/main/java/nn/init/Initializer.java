package nn.init;

import nn.math.Matrix;
import nn.math.Rng;

import java.util.List;

/// A rule for the starting weights of a layer with `fanIn` inputs and `fanOut` outputs:
/// `init(fanIn, fanOut, rng)` returns a `fanIn × fanOut` matrix (our `W`). Taught in chapter 8.
///
/// The scaled rules keep the variance of the signal about the same from layer to layer:
/// Xavier/Glorot for tanh and sigmoid, He/Kaiming for ReLU, LeCun for SELU-like units.
/// `variance` says which variance each rule aims for; the tests check the samples against it.
public sealed interface Initializer {

    /// A `fanIn × fanOut` matrix of starting weights.
    Matrix init(int fanIn, int fanOut, Rng rng);

    /// The variance of one entry that this rule produces.
    double variance(int fanIn, int fanOut);

    /// One of each rule (with example settings where a rule takes any), for tests and tables.
    static List<Initializer> all() {
        return List.of(new Zeros(), new Constant(0.1), new Normal(0.01), new Uniform(0.05),
                new XavierNormal(), new XavierUniform(), new HeNormal(), new HeUniform(),
                new LeCunNormal());
    }

    // tag::init-basic[]
    /// Every weight 0: all units of a layer stay identical forever (the symmetry problem).
    record Zeros() implements Initializer {
        public Matrix init(int fanIn, int fanOut, Rng rng) { return Matrix.zeros(fanIn, fanOut); }
        public double variance(int fanIn, int fanOut) { return 0; }
    }

    /// Every weight equal to `value`; as symmetric as zeros.
    record Constant(double value) implements Initializer {
        public Matrix init(int fanIn, int fanOut, Rng rng) {
            return Matrix.filled(fanIn, fanOut, value);
        }
        public double variance(int fanIn, int fanOut) { return 0; }
    }

    /// `wᵢⱼ ~ N(0, std²)` with a fixed `std`, whatever the layer's size.
    record Normal(double std) implements Initializer {
        public Normal {
            if (!(std >= 0)) throw new IllegalArgumentException("std must be >= 0, got " + std);
        }
        public Matrix init(int fanIn, int fanOut, Rng rng) {
            return Matrix.gaussian(fanIn, fanOut, std, rng);
        }
        public double variance(int fanIn, int fanOut) { return std * std; }
    }

    /// `wᵢⱼ ~ U(−limit, limit)`, variance `limit²/3`.
    record Uniform(double limit) implements Initializer {
        public Uniform {
            if (!(limit >= 0)) {
                throw new IllegalArgumentException("limit must be >= 0, got " + limit);
            }
        }
        public Matrix init(int fanIn, int fanOut, Rng rng) {
            return Matrix.uniform(fanIn, fanOut, -limit, limit, rng);
        }
        public double variance(int fanIn, int fanOut) { return limit * limit / 3; }
    }
    // end::init-basic[]

    // tag::init-scaled[]
    /// Glorot & Bengio (2010): `N(0, σ²)` with `σ = √(2 / (fanIn + fanOut))`.
    record XavierNormal() implements Initializer {
        public Matrix init(int fanIn, int fanOut, Rng rng) {
            return Matrix.gaussian(fanIn, fanOut, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
        }
        public double variance(int fanIn, int fanOut) { return 2.0 / (fanIn + fanOut); }
    }

    /// Glorot & Bengio (2010): `U(−l, l)` with `l = √(6 / (fanIn + fanOut))`.
    record XavierUniform() implements Initializer {
        public Matrix init(int fanIn, int fanOut, Rng rng) {
            double limit = Math.sqrt(6.0 / (fanIn + fanOut));
            return Matrix.uniform(fanIn, fanOut, -limit, limit, rng);
        }
        public double variance(int fanIn, int fanOut) { return 2.0 / (fanIn + fanOut); }
    }

    /// He et al. (2015), for ReLU: `N(0, σ²)` with `σ = √(2 / fanIn)`.
    record HeNormal() implements Initializer {
        public Matrix init(int fanIn, int fanOut, Rng rng) {
            return Matrix.gaussian(fanIn, fanOut, Math.sqrt(2.0 / fanIn), rng);
        }
        public double variance(int fanIn, int fanOut) { return 2.0 / fanIn; }
    }

    /// He et al. (2015), for ReLU: `U(−l, l)` with `l = √(6 / fanIn)`.
    record HeUniform() implements Initializer {
        public Matrix init(int fanIn, int fanOut, Rng rng) {
            double limit = Math.sqrt(6.0 / fanIn);
            return Matrix.uniform(fanIn, fanOut, -limit, limit, rng);
        }
        public double variance(int fanIn, int fanOut) { return 2.0 / fanIn; }
    }

    /// LeCun et al. (1998): `N(0, σ²)` with `σ = √(1 / fanIn)`.
    record LeCunNormal() implements Initializer {
        public Matrix init(int fanIn, int fanOut, Rng rng) {
            return Matrix.gaussian(fanIn, fanOut, Math.sqrt(1.0 / fanIn), rng);
        }
        public double variance(int fanIn, int fanOut) { return 1.0 / fanIn; }
    }
    // end::init-scaled[]
}
