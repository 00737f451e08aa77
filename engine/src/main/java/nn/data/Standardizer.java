package nn.data;

import nn.math.Matrix;

/// Standardization `z = (x − μ) / σ`, column by column, with the mean `μⱼ` and the standard
/// deviation `σⱼ = √((1/n) Σᵢ (xᵢⱼ − μⱼ)²)` of each feature measured on the training data only.
/// Taught in chapter 10 (scikit-learn calls it `StandardScaler`).
///
/// A column that is (numerically) constant, like the border pixels of MNIST, has `σⱼ = 0`;
/// we then use `σⱼ = 1`, so the column becomes 0 instead of NaN. "Constant" means
/// `σⱼ ≤ 1e-12 · max(1, |μⱼ|)`, which absorbs the rounding error in computing `μⱼ`.
public final class Standardizer {
    private final double[] mean;
    private final double[] std;

    private Standardizer(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
    }

    // tag::standardizer-fit[]
    /// Measures `μ` and `σ` of every column of the `n × d` training inputs `x`.
    public static Standardizer fit(Matrix x) {
        int n = x.rows();
        if (n == 0) throw new IllegalArgumentException("fit needs rows, got " + x.shape());
        int d = x.cols();
        double[] mean = x.columnSums().scale(1.0 / n).toArray();
        double[] std = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double centred = x.get(i, j) - mean[j];
                std[j] += centred * centred / n;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.sqrt(std[j]);
            if (std[j] <= 1e-12 * Math.max(1, Math.abs(mean[j]))) std[j] = 1; // constant column
        }
        return new Standardizer(mean, std);
    }
    // end::standardizer-fit[]

    // tag::standardizer-transform[]
    /// `z = (x − μ) / σ` for every row of `x` (training, validation or test inputs alike).
    public Matrix transform(Matrix x) {
        requireColumns(x, "transform");
        double[] z = x.toArray();
        int d = mean.length;
        for (int k = 0; k < z.length; k++) z[k] = (z[k] - mean[k % d]) / std[k % d];
        return Matrix.wrap(x.rows(), x.cols(), z);
    }

    /// The inverse map `x = z · σ + μ`.
    public Matrix inverse(Matrix z) {
        requireColumns(z, "inverse");
        double[] x = z.toArray();
        int d = mean.length;
        for (int k = 0; k < x.length; k++) x[k] = x[k] * std[k % d] + mean[k % d];
        return Matrix.wrap(z.rows(), z.cols(), x);
    }
    // end::standardizer-transform[]

    /// `data` with standardized inputs; targets and labels unchanged.
    public Dataset transform(Dataset data) {
        return data.withX(transform(data.x()));
    }

    /// The column means `μ` as a `1 × d` row.
    public Matrix mean() { return Matrix.row(mean); }

    /// The column standard deviations `σ` as a `1 × d` row (1 for constant columns).
    public Matrix std() { return Matrix.row(std); }

    private void requireColumns(Matrix m, String what) {
        if (m.cols() != mean.length) {
            throw new IllegalArgumentException("%s needs %d columns (fitted on %d features), got %s"
                    .formatted(what, mean.length, mean.length, m.shape()));
        }
    }
}
