package nn.math;

/// A general matrix product `C += A·B` over strided operands, the contract shared by the two
/// kernels behind `MatMul`: the plain-Java `ScalarMatMul` and the `VectorMatMul` of the
/// `jdk.incubator.vector` API (chapter 11 says why the fast one exists).
///
/// `A` is `n × k` with entry `(i, p)` at `a[i * aRowStride + p * aColStride]`; `B` is `k × m`
/// with entry `(p, j)` at `b[p * bRowStride + j * bColStride]`. A row-major `a` has strides
/// `(k, 1)`; its transpose has strides `(1, k)`, so `aᵀ·b` and `a·bᵀ` need no copy.
/// `c` is `n × m`, row-major; the kernel adds the product to it (all zeros on entry for a
/// plain product, a gradient buffer for `Matrix.accumulateTransposeTimes`).
interface MatMulKernel {
    void multiply(int n, int k, int m,
                  double[] a, int aRowStride, int aColStride,
                  double[] b, int bRowStride, int bColStride,
                  double[] c);
}
