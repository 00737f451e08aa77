package nn.math;

/// Matrix multiplication: `c[i][j] = Σₖ a[i][k]·b[k][j]`, taught in chapter 3 and made fast
/// in chapter 11. `naive` is the textbook triple loop, kept as the reference the tests compare
/// against; `multiply` is what `Matrix.times` calls. The two transposed products `aᵀ·b` and
/// `a·bᵀ` (the gradients of a dense layer) read the transposed operand in place, without
/// building `a.transpose()` first.
///
/// Two kernels can run behind `multiply`: `VectorMatMul` (SIMD registers through the
/// `jdk.incubator.vector` API, about 0.8 to 1 times OpenBLAS's speed, see the README's
/// benchmarks) when the JVM was started with `--add-modules jdk.incubator.vector`, else
/// `ScalarMatMul` (plain Java). `./jbang` runs learners' scripts with the module when the JDK
/// has it (and hides the JVM's warning about it); `path()` says which kernel runs.
public final class MatMul {
    private static final MatMulKernel SCALAR = new ScalarMatMul();
    private static final MatMulKernel VECTOR = loadVectorKernel();
    /// Products below this many multiply-adds (64·32·32) go to the scalar kernel: they take a
    /// few microseconds either way, and the small networks of the early chapters then print the
    /// same numbers with and without the vector kernel (whose fused multiply-adds round
    /// differently in the last bit, which a long training run can carry to the fourth digit).
    private static final long SMALL = 65_536;

    /// Tests set these to pick a kernel: scalar even when the vector one is available, or
    /// vector (when available) even for products below `SMALL`.
    static boolean forceScalar = false;
    static boolean forceVector = false;

    private MatMul() {}

    /// `"vector"` when `multiply` uses the SIMD kernel, else `"scalar"`.
    public static String path() {
        return VECTOR != null && !forceScalar ? "vector" : "scalar";
    }

    // tag::matmul-multiply[]
    /// `a · b` with shapes checked: `(n × k) · (k × m) → n × m`.
    public static Matrix multiply(Matrix a, Matrix b) {
        requireCompatible(a.cols() == b.rows(), "a·b needs a.cols == b.rows", a, b);
        int n = a.rows(), k = a.cols(), m = b.cols();
        return run(n, k, m, a.data(), k, 1, b.data(), m, 1);
    }

    /// `aᵀ · b` without copying `a`: `(k × n)ᵀ · (k × m) → n × m`.
    /// A dense layer's weight gradient `dW = xᵀ·dy` is one.
    public static Matrix multiplyTransposeA(Matrix a, Matrix b) {
        requireCompatible(a.rows() == b.rows(), "aᵀ·b needs a.rows == b.rows", a, b);
        int n = a.cols(), k = a.rows(), m = b.cols();
        return run(n, k, m, a.data(), 1, n, b.data(), m, 1);
    }

    /// `a · bᵀ` without copying `b`: `(n × k) · (m × k)ᵀ → n × m`.
    /// A dense layer's input gradient `dx = dy·Wᵀ` is one.
    public static Matrix multiplyTransposeB(Matrix a, Matrix b) {
        requireCompatible(a.cols() == b.cols(), "a·bᵀ needs a.cols == b.cols", a, b);
        int n = a.rows(), k = a.cols(), m = b.rows();
        return run(n, k, m, a.data(), k, 1, b.data(), 1, k);
    }
    // end::matmul-multiply[]

    /// `c += aᵀ · b` in place, without the temporary product: `c` is `n × m` for
    /// `(k × n)ᵀ · (k × m)`. A dense layer accumulates its weight gradient `dW += xᵀ·dy` so.
    static void accumulateTransposeA(Matrix a, Matrix b, Matrix c) {
        requireCompatible(a.rows() == b.rows(), "aᵀ·b needs a.rows == b.rows", a, b);
        int n = a.cols(), k = a.rows(), m = b.cols();
        if (c == a || c == b) {
            throw new IllegalArgumentException("c += aᵀ·b needs c apart from a and b");
        }
        if (c.rows() != n || c.cols() != m) {
            throw new IllegalArgumentException("c += aᵀ·b needs c of shape %d×%d, got %s"
                    .formatted(n, m, c.shape()));
        }
        kernel(n, k, m).multiply(n, k, m, a.data(), 1, n, b.data(), m, 1, c.data());
    }

    // tag::matmul-naive[]
    /// The reference: one dot product per output entry, `c[i][j] = Σₚ a[i][p]·b[p][j]`.
    public static Matrix naive(Matrix a, Matrix b) {
        requireCompatible(a.cols() == b.rows(), "a·b needs a.cols == b.rows", a, b);
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
    // end::matmul-naive[]

    /// The reference for `aᵀ · b`: the naive product of an explicit transpose.
    public static Matrix naiveTransposeA(Matrix a, Matrix b) {
        requireCompatible(a.rows() == b.rows(), "aᵀ·b needs a.rows == b.rows", a, b);
        return naive(a.transpose(), b);
    }

    /// The reference for `a · bᵀ`: the naive product of an explicit transpose.
    public static Matrix naiveTransposeB(Matrix a, Matrix b) {
        requireCompatible(a.cols() == b.cols(), "a·bᵀ needs a.cols == b.cols", a, b);
        return naive(a, b.transpose());
    }

    private static Matrix run(int n, int k, int m, double[] a, int aRowStride, int aColStride,
                              double[] b, int bRowStride, int bColStride) {
        double[] c = new double[n * m];
        kernel(n, k, m).multiply(n, k, m, a, aRowStride, aColStride, b, bRowStride, bColStride, c);
        return Matrix.wrap(n, m, c);
    }

    private static MatMulKernel kernel(int n, int k, int m) {
        boolean small = (long) n * k * m < SMALL && !forceVector;
        return VECTOR == null || forceScalar || small ? SCALAR : VECTOR;
    }

    private static void requireCompatible(boolean ok, String rule, Matrix a, Matrix b) {
        if (!ok) {
            throw new IllegalArgumentException("matrix product %s, got a = %s, b = %s"
                    .formatted(rule, a.shape(), b.shape()));
        }
    }

    // The vector kernel is loaded by name, so that the engine compiles without it (scripts and
    // the book's JavaScript build leave it out). Without `--add-modules jdk.incubator.vector`
    // its class fails to initialize, a LinkageError, and the scalar kernel runs.
    private static MatMulKernel loadVectorKernel() {
        try {
            Class<?> type = Class.forName("nn.math.VectorMatMul");
            var kernel = (MatMulKernel) type.getDeclaredConstructor().newInstance();
            return (int) type.getDeclaredMethod("lanes").invoke(null) >= 4 ? kernel : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
