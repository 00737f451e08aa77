package nn.conv;

import nn.init.Initializer;
import nn.layers.Layer;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.List;

/// A convolutional layer: `filters` learned `c × k × k` kernels slide over the input without
/// padding, stride 1, and each gives a feature map plus its bias,
/// `y[f][i][j] = b[f] + Σ_ch Σₐ Σ_b x[ch][i+a][j+b]·K[f][ch][a][b]`. Taught in chapter 13.
///
/// Input `n × (c·h·w)`, output `n × (filters·oh·ow)` with `oh = h − k + 1`, `ow = w − k + 1`,
/// both in the layout of `Volume`. The kernels are the rows of `K` (`filters × c·k·k`, each
/// row in `Im2col`'s `(ch, a, b)` order) and the biases a `filters × 1` column.
///
/// Forward is one matrix product per chunk of up to 4 examples (`Im2col`), so memory stays
/// small for any batch. Backward follows the chain rule term by term and skips the upstream
/// gradients that are 0: behind a max pooling, three in four are.
public final class Conv2d implements Layer {
    /// Examples that go through `Im2col` together.
    private static final int CHUNK = 4;
    private final Volume in;
    private final Volume out;
    private final int k;
    private final Parameter kernels;
    private final Parameter bias;
    private Matrix x; // written by forward, read by backward: the last input batch

    /// `filters` kernels of `k × k` over inputs of shape `in`, He-normal weights (for ReLU),
    /// zero biases.
    public Conv2d(Volume in, int filters, int k, Rng rng) {
        this(in, filters, k, heNormal(in, filters, k, rng), Matrix.zeros(filters, 1));
    }

    private Conv2d(Volume in, int filters, int k, Matrix kernels, Matrix bias) {
        if (k > in.height() || k > in.width()) {
            throw new IllegalArgumentException("a %d×%d kernel does not fit a %s input"
                    .formatted(k, k, in));
        }
        this.in = in;
        this.out = new Volume(filters, in.height() - k + 1, in.width() - k + 1);
        this.k = k;
        this.kernels = new Parameter("K", kernels);
        this.bias = new Parameter("b", bias);
    }

    /// A layer with the given kernels (`filters × c·k·k`) and biases (`filters × 1`), copied.
    public static Conv2d of(Volume in, int k, Matrix kernels, Matrix bias) {
        if (kernels.cols() != in.channels() * k * k || bias.rows() != kernels.rows()
                || bias.cols() != 1) {
            throw new IllegalArgumentException(("a %d×%d convolution of a %s input needs kernels"
                    + " of shape f×%d and a bias of f×1, got %s and %s").formatted(k, k, in,
                    in.channels() * k * k, kernels.shape(), bias.shape()));
        }
        return new Conv2d(in, kernels.rows(), k, kernels.copy(), bias.copy());
    }

    private static Matrix heNormal(Volume in, int filters, int k, Rng rng) {
        if (filters < 1 || k < 1) {
            throw new IllegalArgumentException("Conv2d needs filters >= 1 and k >= 1, got %d, %d"
                    .formatted(filters, k));
        }
        int fanIn = in.channels() * k * k; // the inputs one output sees
        return new Initializer.HeNormal().init(fanIn, filters, rng).transpose();
    }

    public Volume in() { return in; }

    public Volume out() { return out; }

    public int kernelSize() { return k; }

    public Parameter kernels() { return kernels; }

    public Parameter bias() { return bias; }

    // tag::conv-forward[]
    public Matrix forward(Matrix x) {
        requireInput(x);
        this.x = x;
        double[] y = new double[x.rows() * out.size()];
        for (int from = 0; from < x.rows(); from += CHUNK) {
            int n = Math.min(CHUNK, x.rows() - from);
            Matrix cols = Im2col.columns(x.rowRange(from, from + n).toArray(), n, in, k);
            Matrix maps = kernels.value().times(cols); // filters × (n·oh·ow)
            toRows(maps.toArray(), n, from, y);         // y_e[f][i][j] = maps[f][(e, i, j)] + b[f]
        }
        return Matrix.wrap(x.rows(), out.size(), y);
    }
    // end::conv-forward[]

    // tag::conv-backward[]
    public Matrix backward(Matrix gradOut) {
        return backward(gradOut, true);
    }

    /// The parameter half of `backward`: `dK` and `db` without `dx` (the input is data).
    public void backwardParameters(Matrix gradOut) {
        backward(gradOut, false);
    }

    private Matrix backward(Matrix gradOut, boolean needGradIn) {
        requireGradOut(gradOut);
        double[] dy = gradOut.toArray(), input = x.toArray(), kernel = kernels.value().toArray();
        double[] gradK = new double[kernel.length], gradB = new double[out.channels()];
        double[] gradIn = needGradIn ? new double[input.length] : null;
        for (int e = 0; e < x.rows(); e++) {
            for (int f = 0; f < out.channels(); f++) {
                for (int p = 0; p < out.area(); p++) {
                    double g = dy[e * out.size() + f * out.area() + p]; // ∂L/∂y_e[f][i][j]
                    if (g == 0) continue; // after max pooling, three in four are
                    gradB[f] += g;        // db = Σ dy
                    sendBack(g, e, f, p / out.width(), p % out.width(), input, kernel, gradK,
                            gradIn);
                }
            }
        }
        kernels.grad().accumulate(Matrix.wrap(out.channels(), in.channels() * k * k, gradK));
        bias.grad().accumulate(Matrix.wrap(out.channels(), 1, gradB));
        return needGradIn ? Matrix.wrap(x.rows(), in.size(), gradIn) : null;
    }

    /// Output `y_e[f][i][j]` added `x_e[ch][i+a][j+b]·K[f][ch][a][b]` for every `ch, a, b`; its
    /// gradient `g` flows back along each term to both factors (`gradIn` may be null).
    private void sendBack(double g, int e, int f, int i, int j, double[] input, double[] kernel,
                          double[] gradK, double[] gradIn) {
        for (int ch = 0; ch < in.channels(); ch++) {
            for (int a = 0; a < k; a++) {
                int xi = e * in.size() + in.index(ch, i + a, j); // x_e[ch][i+a][j]
                int ki = ((f * in.channels() + ch) * k + a) * k;  // K[f][ch][a][0]
                for (int b = 0; b < k; b++) {
                    gradK[ki + b] += g * input[xi + b];                   // dK += dy·x
                    if (gradIn != null) gradIn[xi + b] += g * kernel[ki + b]; // dx += dy·K
                }
            }
        }
    }
    // end::conv-backward[]

    /// Writes `maps` (`filters × (n·oh·ow)`, `Im2col`'s column order) plus the biases into
    /// rows `from … from+n−1` of `y`, each row in `Volume` order `(f, i, j)`.
    private void toRows(double[] maps, int n, int from, double[] y) {
        int area = out.area();
        for (int f = 0; f < out.channels(); f++) {
            double b = bias.value().get(f, 0);
            for (int e = 0; e < n; e++) {
                int src = (f * n + e) * area, dst = (from + e) * out.size() + f * area;
                for (int p = 0; p < area; p++) y[dst + p] = maps[src + p] + b;
            }
        }
    }

    public List<Parameter> parameters() { return List.of(kernels, bias); }

    /// `Conv2d(1 → 6, 5×5)`: input channels, kernels, kernel size.
    public String describe() {
        return "Conv2d(%d → %d, %d×%d)".formatted(in.channels(), out.channels(), k, k);
    }

    private void requireInput(Matrix x) {
        if (x.cols() != in.size()) {
            throw new IllegalArgumentException("%s expects rows of %d values (%s), got %s"
                    .formatted(describe(), in.size(), in, x.shape()));
        }
        x.requireFinite(describe() + " input"); // a NaN would spread over a whole feature map
    }

    private void requireGradOut(Matrix gradOut) {
        if (x == null) throw new IllegalStateException(describe() + ": backward before forward");
        if (gradOut.rows() != x.rows() || gradOut.cols() != out.size()) {
            throw new IllegalArgumentException("%s backward expects gradOut of shape %d×%d, got %s"
                    .formatted(describe(), x.rows(), out.size(), gradOut.shape()));
        }
    }
}
