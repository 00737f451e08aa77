package nn.layers;

import nn.math.Matrix;

import java.util.List;

/// Batch normalization over the `n` rows of a batch, per feature (column):
/// `x̂ = (x − μ) / √(σ² + ε)`, `y = γ ⊙ x̂ + β`. Taught in chapter 10.
///
/// In training `μ` and `σ²` are the batch's mean and (biased) variance, and running averages
/// `r ← (1 − momentum)·r + momentum·batch value` are kept (the running variance uses the
/// unbiased batch variance, as PyTorch does). In evaluation the running averages are used.
/// `γ` starts at 1 and `β` at 0; both are trained.
public final class BatchNorm1d implements Layer {
    private final int features;
    private final double momentum;
    private final double eps;
    private final Parameter gamma;
    private final Parameter beta;
    private final Matrix runningMean;
    private final Matrix runningVar;
    private boolean training = true;
    private Matrix xHat;   // written by forward in training, read by backward
    private Matrix invStd; // 1 / √(σ² + ε) per feature, 1 × features; same lifetime as xHat

    public BatchNorm1d(int features) {
        this(features, 0.1, 1e-5);
    }

    public BatchNorm1d(int features, double momentum, double eps) {
        if (features < 1) {
            throw new IllegalArgumentException("features must be >= 1, got " + features);
        }
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1], got " + momentum);
        }
        if (!(eps > 0)) throw new IllegalArgumentException("eps must be > 0, got " + eps);
        this.features = features;
        this.momentum = momentum;
        this.eps = eps;
        this.gamma = new Parameter("gamma", Matrix.filled(1, features, 1));
        this.beta = new Parameter("beta", Matrix.zeros(1, features));
        this.runningMean = Matrix.zeros(1, features);
        this.runningVar = Matrix.filled(1, features, 1);
    }

    // tag::batchnorm-forward[]
    public Matrix forward(Matrix x) {
        requireFeatures(x);
        if (!training) {
            xHat = null; // evaluation is not differentiated here
            Matrix evalInvStd = runningVar.plus(eps).map(v -> 1 / Math.sqrt(v));
            return scaleAndShift(x.minus(broadcast(runningMean, x.rows()))
                    .hadamard(broadcast(evalInvStd, x.rows())));
        }
        requireTwoRows(x);
        int n = x.rows();
        Matrix mean = x.columnSums().scale(1.0 / n);              // μ = (1/n) Σ xᵢ
        Matrix centered = x.minus(broadcast(mean, n));
        Matrix var = centered.hadamard(centered).columnSums()
                .scale(1.0 / n);                                  // σ² = (1/n) Σ (xᵢ − μ)²
        updateRunning(mean, var.scale(n / (n - 1.0)));
        invStd = var.plus(eps).map(v -> 1 / Math.sqrt(v));
        xHat = centered.hadamard(broadcast(invStd, n));           // x̂ = (x − μ)/√(σ² + ε)
        return scaleAndShift(xHat);
    }

    // y = γ ⊙ x̂ + β, row by row
    private Matrix scaleAndShift(Matrix xHat) {
        return xHat.hadamard(broadcast(gamma.value(), xHat.rows())).plusRow(beta.value());
    }
    // end::batchnorm-forward[]

    // tag::batchnorm-backward[]
    public Matrix backward(Matrix gradOut) {
        if (xHat == null) {
            throw new IllegalStateException("BatchNorm1d: backward needs a training-mode forward");
        }
        int n = gradOut.rows();
        gamma.grad().accumulate(gradOut.hadamard(xHat).columnSums()); // dγ = Σ dy ⊙ x̂
        beta.grad().accumulate(gradOut.columnSums());                 // dβ = Σ dy
        Matrix gradXHat = gradOut.hadamard(broadcast(gamma.value(), n)); // dx̂ = dy ⊙ γ
        Matrix sumGrad = broadcast(gradXHat.columnSums(), n);
        Matrix sumGradXHat = broadcast(gradXHat.hadamard(xHat).columnSums(), n);
        // dx = (1/n)·(1/√(σ² + ε))·(n·dx̂ − Σ dx̂ − x̂ ⊙ Σ (dx̂ ⊙ x̂))
        return gradXHat.scale(n).minus(sumGrad).minus(xHat.hadamard(sumGradXHat))
                .hadamard(broadcast(invStd, n)).scale(1.0 / n);
    }
    // end::batchnorm-backward[]

    public List<Parameter> parameters() { return List.of(gamma, beta); }

    public void setTraining(boolean training) { this.training = training; }

    /// The running mean per feature (`1 × features`), used in evaluation.
    public Matrix runningMean() { return runningMean.copy(); }

    /// The running variance per feature (`1 × features`), used in evaluation.
    public Matrix runningVariance() { return runningVar.copy(); }

    public String describe() { return "BatchNorm1d(" + features + ")"; }

    private void updateRunning(Matrix mean, Matrix unbiasedVar) {
        runningMean.scaleInPlace(1 - momentum);
        runningMean.addInPlace(mean, momentum);
        runningVar.scaleInPlace(1 - momentum);
        runningVar.addInPlace(unbiasedVar, momentum);
    }

    private static void requireTwoRows(Matrix x) {
        if (x.rows() < 2) {
            throw new IllegalArgumentException(
                    "BatchNorm1d needs at least 2 rows per batch in training, got " + x.shape());
        }
    }

    private void requireFeatures(Matrix x) {
        if (x.cols() != features) {
            throw new IllegalArgumentException("%s expects inputs with %d columns, got %s"
                    .formatted(describe(), features, x.shape()));
        }
    }

    // A 1 × d row repeated n times: n × d (the broadcasting that plusRow does for addition).
    private static Matrix broadcast(Matrix row, int n) {
        return Matrix.filled(n, 1, 1).times(row);
    }
}
