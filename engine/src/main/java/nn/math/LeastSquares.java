package nn.math;

/// Linear least squares with an optional ridge penalty: the `w` minimising
/// `‖A·w − b‖² + λ‖w‖²`, from the normal equations `(AᵀA + λI)·w = Aᵀb`, solved by Cholesky.
/// Taught in chapter 10, where it fits polynomials in one line.
///
/// `A` is `n × p`, `b` is `n × 1`, the result `p × 1`. Meant for small, well-posed problems
/// (`p` up to a few dozen); a tiny `λ` keeps nearly collinear columns solvable.
public final class LeastSquares {
    private LeastSquares() {}

    public static Matrix solve(Matrix a, Matrix b, double ridge) {
        if (a.rows() != b.rows() || b.cols() != 1) {
            throw new IllegalArgumentException("least squares needs A n × p and b n × 1, got A %s "
                    .formatted(a.shape()) + "and b " + b.shape());
        }
        if (!(ridge >= 0)) throw new IllegalArgumentException("ridge must be >= 0, got " + ridge);
        Matrix normal = a.transposeTimes(a).plus(Matrix.identity(a.cols()).scale(ridge));
        return choleskySolve(normal, a.transposeTimes(b));
    }

    /// The `n × (degree + 1)` matrix of powers `1, x, x², …` of a column `x`: the features of a
    /// polynomial fit, `solve(powers(x, d), y, λ)`.
    public static Matrix powers(Matrix x, int degree) {
        if (x.cols() != 1 || degree < 0) {
            throw new IllegalArgumentException("powers needs a column x and degree >= 0, got x "
                    + x.shape() + " and degree " + degree);
        }
        Matrix a = Matrix.zeros(x.rows(), degree + 1);
        for (int i = 0; i < x.rows(); i++) {
            for (int d = 0; d <= degree; d++) a.set(i, d, Math.pow(x.get(i, 0), d));
        }
        return a;
    }

    /// Solves `S·w = r` for a symmetric positive definite `S = L·Lᵀ`.
    private static Matrix choleskySolve(Matrix s, Matrix r) {
        int p = s.rows();
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = s.get(i, j);
                for (int m = 0; m < j; m++) sum -= l[i][m] * l[j][m];
                if (i == j) {
                    if (!(sum > 1e-12 * s.get(i, i))) { // relative: rounding leaves a tiny rest
                        throw new IllegalArgumentException("least squares: AᵀA + λI is singular"
                                + " (columns of A are dependent); use a ridge λ > 0");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] y = new double[p];                       // L·y = r
        for (int i = 0; i < p; i++) {
            double sum = r.get(i, 0);
            for (int m = 0; m < i; m++) sum -= l[i][m] * y[m];
            y[i] = sum / l[i][i];
        }
        double[] w = new double[p];                       // Lᵀ·w = y
        for (int i = p - 1; i >= 0; i--) {
            double sum = y[i];
            for (int m = i + 1; m < p; m++) sum -= l[m][i] * w[m];
            w[i] = sum / l[i][i];
        }
        return Matrix.column(w);
    }
}
