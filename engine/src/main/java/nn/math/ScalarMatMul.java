package nn.math;

/// The plain-Java kernel: `c[i][·] += a[i][p] · b[p][·]` for every `p`, row by row.
/// It runs wherever the vector kernel cannot (scripts run without the incubator module).
///
/// `B` is first copied into one array per row, and each row of `C` is summed in its own
/// array. The inner loop `cRow[j] += aip * bRow[j]` then uses the same index on both arrays,
/// so the JIT compiler can prove it safe and turn it into SIMD instructions; on one flat
/// `double[]` with offsets `c[ci + j] += aip * b[bj + j]` it cannot rule out an overlap and
/// stays scalar (about 5× slower).
final class ScalarMatMul implements MatMulKernel {

    // tag::scalar-matmul[]
    @Override
    public void multiply(int n, int k, int m,
                         double[] a, int aRowStride, int aColStride,
                         double[] b, int bRowStride, int bColStride,
                         double[] c) {
        double[][] bRows = rowsOf(k, m, b, bRowStride, bColStride);
        double[] cRow = new double[m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(c, i * m, cRow, 0, m); // c[i][·] += ...: start from c's row
            for (int p = 0; p < k; p++) {
                double aip = a[i * aRowStride + p * aColStride];
                double[] bRow = bRows[p];
                for (int j = 0; j < m; j++) cRow[j] += aip * bRow[j]; // c[i][j] += a[i][p]·b[p][j]
            }
            System.arraycopy(cRow, 0, c, i * m, m);
        }
    }
    // end::scalar-matmul[]

    private static double[][] rowsOf(int k, int m, double[] b, int rowStride, int colStride) {
        double[][] rows = new double[k][m];
        for (int p = 0; p < k; p++) {
            if (colStride == 1) {
                System.arraycopy(b, p * rowStride, rows[p], 0, m);
            } else {
                for (int j = 0; j < m; j++) rows[p][j] = b[p * rowStride + j * colStride];
            }
        }
        return rows;
    }
}
