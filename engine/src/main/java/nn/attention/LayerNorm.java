package nn.attention;

import nn.layers.Layer;
import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.List;

/// Layer normalization over the `d` features of each row (token) on its own:
/// `x̂ = (x − μ) / √(σ² + ε)` with the row's mean `μ` and (biased) variance `σ²`, then
/// `y = γ ⊙ x̂ + β`. Chapter 15 contrasts it with `BatchNorm1d` (chapter 10), which
/// normalizes each feature over the rows of a batch.
///
/// No statistics are shared between rows, so a batch of one works, training and evaluation
/// compute the same thing, and there are no running averages. `γ` starts at 1 and `β` at 0.
public final class LayerNorm implements Layer {
    private final double eps;
    private final Parameter gamma, beta;
    private double[][] xHat;   // written by forward, read by backward: n rows of d
    private double[] invStd;   // 1 / √(σ² + ε) per row; same lifetime

    public LayerNorm(int features) {
        this(features, 1e-5);
    }

    public LayerNorm(int features, double eps) {
        if (features < 2) {
            throw new IllegalArgumentException(
                    "LayerNorm needs at least 2 features per row, got " + features);
        }
        if (!(eps > 0)) throw new IllegalArgumentException("eps must be > 0, got " + eps);
        this.eps = eps;
        this.gamma = new Parameter("gamma", Matrix.filled(1, features, 1));
        this.beta = new Parameter("beta", Matrix.zeros(1, features));
    }

    // tag::layernorm-forward[]
    public Matrix forward(Matrix x) {
        requireFeatures(x);
        int n = x.rows(), d = x.cols();
        double[] gammas = gamma.value().toArray(), betas = beta.value().toArray();
        xHat = new double[n][d];
        invStd = new double[n];
        double[][] y = new double[n][d];
        for (int r = 0; r < n; r++) {
            double[] row = x.rowArray(r);
            double mean = 0, var = 0;
            for (double v : row) mean += v / d;                      // μ
            for (double v : row) var += (v - mean) * (v - mean) / d; // σ²
            invStd[r] = 1 / Math.sqrt(var + eps);
            for (int j = 0; j < d; j++) {
                xHat[r][j] = (row[j] - mean) * invStd[r];            // x̂ = (x − μ)/√(σ² + ε)
                y[r][j] = gammas[j] * xHat[r][j] + betas[j];         // y = γ ⊙ x̂ + β
            }
        }
        return Matrix.of(y);
    }
    // end::layernorm-forward[]

    // tag::layernorm-backward[]
    public Matrix backward(Matrix gradOut) {
        requireGradOut(gradOut);
        int n = xHat.length, d = xHat[0].length;
        double[] gammas = gamma.value().toArray();
        double[] gradGamma = new double[d], gradBeta = new double[d];
        double[][] gradIn = new double[n][d];
        for (int r = 0; r < n; r++) {
            double[] gradXHat = new double[d];
            double sum = 0, sumXHat = 0;
            for (int j = 0; j < d; j++) {
                double dy = gradOut.get(r, j);
                gradGamma[j] += dy * xHat[r][j]; // dγ = Σ over rows of dy ⊙ x̂
                gradBeta[j] += dy;               // dβ = Σ over rows of dy
                gradXHat[j] = dy * gammas[j];    // dx̂ = dy ⊙ γ
                sum += gradXHat[j];
                sumXHat += gradXHat[j] * xHat[r][j];
            }
            // dx = (1/√(σ² + ε))/d · (d·dx̂ − Σⱼ dx̂ⱼ − x̂ ⊙ Σⱼ dx̂ⱼ·x̂ⱼ)
            for (int j = 0; j < d; j++) {
                gradIn[r][j] = invStd[r] / d * (d * gradXHat[j] - sum - xHat[r][j] * sumXHat);
            }
        }
        gamma.grad().accumulate(Matrix.row(gradGamma));
        beta.grad().accumulate(Matrix.row(gradBeta));
        return Matrix.of(gradIn);
    }
    // end::layernorm-backward[]

    public List<Parameter> parameters() { return List.of(gamma, beta); }

    public String describe() { return "LayerNorm(" + gamma.value().cols() + ")"; }

    private void requireGradOut(Matrix gradOut) {
        if (xHat == null) throw new IllegalStateException("LayerNorm: backward before forward");
        if (gradOut.rows() != xHat.length || gradOut.cols() != xHat[0].length) {
            throw new IllegalArgumentException("%s backward expects gradOut of shape %d×%d, got %s"
                    .formatted(describe(), xHat.length, xHat[0].length, gradOut.shape()));
        }
    }

    private void requireFeatures(Matrix x) {
        if (x.cols() != gamma.value().cols()) {
            throw new IllegalArgumentException("%s expects rows of %d features, got %s"
                    .formatted(describe(), gamma.value().cols(), x.shape()));
        }
    }
}
