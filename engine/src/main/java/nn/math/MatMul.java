package nn.math;

/// Matrix multiplication kernels. `naive` is the textbook triple loop
/// `c[i][j] = Σₖ a[i][k]·b[k][j]`, kept as the reference the tests compare against;
/// `multiply` is the one the engine uses.
public final class MatMul {
    private MatMul() {}

    /// `a · b` with shapes checked: `(n × k) · (k × m) → n × m`.
    public static Matrix multiply(Matrix a, Matrix b) {
        requireCompatible(a, b);
        return Matrix.wrap(a.rows(), b.cols(), loopIkj(a, b));
    }

    /// The reference: one dot product per output entry.
    public static Matrix naive(Matrix a, Matrix b) {
        requireCompatible(a, b);
        int n = a.rows(), k = a.cols(), m = b.cols();
        double[] x = a.data(), y = b.data(), c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) sum += x[i * k + p] * y[p * m + j];
                c[i * m + j] = sum;
            }
        }
        return Matrix.wrap(n, m, c);
    }

    // Row of c += a[i][p] · row p of b: streams through b and c row by row.
    private static double[] loopIkj(Matrix a, Matrix b) {
        int n = a.rows(), k = a.cols(), m = b.cols();
        double[] x = a.data(), y = b.data(), c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                double aip = x[i * k + p];
                for (int j = 0; j < m; j++) c[i * m + j] += aip * y[p * m + j];
            }
        }
        return c;
    }

    static void requireCompatible(Matrix a, Matrix b) {
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("matrix product needs a.cols == b.rows, got %s · %s"
                    .formatted(a.shape(), b.shape()));
        }
    }
}
