package nn.layers;

import nn.init.Initializer;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.List;

/// A fully connected layer `z = x·W + b`: `x` is `n × in`, `W` is `in × out`, `b` is `1 × out`
/// (added to every row), `z` is `n × out`. Taught in chapter 3 (forward) and 4 (backward).
///
/// Each column of `W` holds one unit's weights, so the column-vector form `W·x` of many texts
/// uses our `Wᵀ`.
public final class Dense implements Layer {
    private final Parameter weights;
    private final Parameter bias;
    private Matrix x; // written by forward, read by backward: the last input batch

    /// A layer with weights from `init` and zero biases.
    public Dense(int in, int out, Initializer init, Rng rng) {
        this(init.init(requirePositive(in, out), out, rng), Matrix.zeros(1, out));
    }

    /// A layer with Xavier-uniform weights (a good default for tanh and sigmoid) and zero biases.
    public Dense(int in, int out, Rng rng) {
        this(in, out, new Initializer.XavierUniform(), rng);
    }

    private Dense(Matrix weights, Matrix bias) {
        this.weights = new Parameter("W", weights);
        this.bias = new Parameter("b", bias);
    }

    /// A layer with the given weights (`in × out`) and bias (`1 × out`), copied.
    public static Dense of(Matrix weights, Matrix bias) {
        if (bias.rows() != 1 || bias.cols() != weights.cols()) {
            throw new IllegalArgumentException("weights %s need a bias of shape 1×%d, got %s"
                    .formatted(weights.shape(), weights.cols(), bias.shape()));
        }
        return new Dense(weights.copy(), bias.copy());
    }

    public int in() { return weights.value().rows(); }

    public int out() { return weights.value().cols(); }

    public Parameter weights() { return weights; }

    public Parameter bias() { return bias; }

    // tag::dense-forward[]
    public Matrix forward(Matrix x) {
        if (x.cols() != in()) {
            throw new IllegalArgumentException("%s expects inputs with %d columns, got %s"
                    .formatted(describe(), in(), x.shape()));
        }
        this.x = x;
        Matrix z = x.times(weights.value()).plusRow(bias.value()); // z = x·W + b
        requireFinite(z, x);
        return z;
    }
    // end::dense-forward[]

    /// A NaN or infinity in the input, or weights grown until `z` overflows, shows in `z`
    /// (`n × out`, cheaper to scan than the input). A bad input entry is an
    /// `IllegalArgumentException` naming it; bad weights an `IllegalStateException`.
    private void requireFinite(Matrix z, Matrix x) {
        try {
            z.requireFinite(describe() + " output");
        } catch (IllegalArgumentException e) {
            x.requireFinite(describe() + " input");
            throw new IllegalStateException(e.getMessage()
                    + ": its weights have grown too large (training diverged?)");
        }
    }

    // tag::dense-backward[]
    public Matrix backward(Matrix gradOut) {
        backwardParameters(gradOut);
        return gradOut.timesTranspose(weights.value()); // dx = dz·Wᵀ
    }

    /// The parameter half of `backward`: accumulates `dW` and `db` but skips `dx`, which the
    /// first layer of a model does not need (its input is data).
    public void backwardParameters(Matrix gradOut) {
        requireGradOut(gradOut);
        weights.grad().accumulateTransposeTimes(x, gradOut); // dW = xᵀ·dz
        bias.grad().accumulate(gradOut.columnSums());         // db = Σ rows of dz
    }
    // end::dense-backward[]

    public List<Parameter> parameters() { return List.of(weights, bias); }

    public String describe() { return "Dense(%d → %d)".formatted(in(), out()); }

    private void requireGradOut(Matrix gradOut) {
        if (x == null) throw new IllegalStateException(describe() + ": backward before forward");
        if (gradOut.rows() != x.rows() || gradOut.cols() != out()) {
            throw new IllegalArgumentException("%s backward expects gradOut of shape %d×%d, got %s"
                    .formatted(describe(), x.rows(), out(), gradOut.shape()));
        }
    }

    private static int requirePositive(int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("Dense needs in >= 1 and out >= 1, got %d → %d"
                    .formatted(in, out));
        }
        return in;
    }
}
