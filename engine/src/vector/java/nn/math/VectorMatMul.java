package nn.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/// The fast kernel: `C += A·B` computed tile by tile in SIMD registers with the
/// `jdk.incubator.vector` API, in the blocked, packed scheme of Goto and van de Geijn
/// (the one OpenBLAS uses). Chapter 11 explains it; `MatMul.naive` is the reference.
///
/// - **Register tile.** An `MR × NR` block of `C` (8 rows, 2 vectors of `L` lanes, e.g. 8×16
///   with AVX-512's 8 doubles) lives in 16 vector accumulators. Each step `p` loads two
///   vectors of `B`'s row `p`, broadcasts `A[i][p]` for the 8 rows and does 16 fused
///   multiply-adds: 32 flops for 10 loads.
/// - **Packing.** `B`'s `KC × NC` panel and `A`'s `MC × KC` block are copied into contiguous
///   buffers in exactly the order the tile loop reads them (zero-padded to whole tiles), so the
///   tile loop streams through memory. Packing reads any strides, so `aᵀ·b` and `a·bᵀ` cost
///   the same as `a·b`. When `A` has at most `MC` rows (a batch of 64 times a weight matrix),
///   each panel of `B` serves only a few tiles and copying it costs more than it saves: if
///   `B`'s rows are then whole tiles wide, the tile loop reads them in place. Likewise a
///   transposed `A` (`xᵀ·dy`, whose column `p` is `MR` consecutive values) when `m ≤ MC`.
/// - **Narrow outputs.** When `C` has fewer than `NR` columns (a layer with 10 outputs) and
///   every tile is a ragged edge and `A`'s packed copy is as large as the work it saves:
///   `narrow` reads `A` in place, row by row, and packs only `B` (`k × NR`).
/// - **Blocking.** `KC` keeps one `KC × NR` sliver of `B` in the L1 cache, `MC` keeps the
///   packed block of `A` in L2. `k` is cut into equal blocks of at most `KC`.
///
/// Everything touching `jdk.incubator.vector` stays in this file, which lives in its own
/// source folder (`src/vector/java`): scripts compile only `src/main/java` and never see it.
/// `MatMul` loads this class by name only when the module is in the boot layer.
/// The accumulators are local variables of one method on purpose: a vector passed to a method
/// that the JIT compiler does not inline becomes a heap object (about 10× slower).
final class VectorMatMul implements MatMulKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int MR = 8;
    private static final int NR = 2 * L;
    private static final int KC = 256;
    private static final int MC = 128;
    private static final int NC = 4096;

    /// Packed-panel buffers, reused between calls on the same thread.
    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() ->
            new double[][] {new double[MC * KC], new double[KC * NC], new double[MR * NR]});

    /// The lane count the kernel was built for (4 with AVX2, 8 with AVX-512).
    static int lanes() { return L; }

    @Override
    public void multiply(int n, int k, int m,
                         double[] a, int aRowStride, int aColStride,
                         double[] b, int bRowStride, int bColStride,
                         double[] c) {
        double[][] buffers = BUFFERS.get();
        // Operands read in place, without packing (see above):
        boolean directB = bColStride == 1 && m % NR == 0 && n <= MC;
        boolean directA = aRowStride == 1 && aColStride != 1 && n % MR == 0 && m <= MC;
        if (m < NR && !directA) { // a transposed A read in place is faster than `narrow`
            narrow(buffers, n, k, m, a, aRowStride, aColStride, b, bRowStride, bColStride, c);
            return;
        }
        double[] aPacked = buffers[0], tile = buffers[2];
        int kBlocks = Math.max(1, (k + KC - 1) / KC), kStep = (k + kBlocks - 1) / kBlocks;
        for (int jc = 0; jc < m; jc += NC) {
            int nc = Math.min(NC, m - jc);
            for (int pc = 0; pc < k; pc += kStep) {
                int kc = Math.min(kStep, k - pc);
                double[] bPacked = directB ? b
                        : packB(buffers, b, bRowStride, bColStride, pc, kc, jc, nc);
                for (int ic = 0; ic < n; ic += MC) {
                    int mc = Math.min(MC, n - ic);
                    if (!directA) packA(a, aRowStride, aColStride, ic, mc, pc, kc, aPacked);
                    double[] ap = directA ? a : aPacked;
                    for (int jr = 0; jr < nc; jr += NR) {
                        for (int ir = 0; ir < mc; ir += MR) {
                            int rows = Math.min(MR, mc - ir), cols = Math.min(NR, nc - jr);
                            int cOffset = (ic + ir) * m + jc + jr;
                            int bOff = directB ? pc * bRowStride + jc + jr : jr * kc;
                            int bStep = directB ? bRowStride : NR;
                            int aOff = directA ? ic + ir + pc * aColStride : ir * kc;
                            int aStep = directA ? aColStride : MR;
                            if (rows == MR && cols == NR) {
                                tile(kc, ap, aOff, aStep, bPacked, bOff, bStep, c, cOffset, m);
                            } else {
                                java.util.Arrays.fill(tile, 0);
                                tile(kc, ap, aOff, aStep, bPacked, bOff, bStep, tile, 0, NR);
                                addEdge(tile, rows, cols, c, cOffset, m);
                            }
                        }
                    }
                }
            }
        }
    }

    // tag::vector-tile[]
    /// `C[8 × 2L] += Apanel · Bpanel` over `kc` steps: step `p` reads `MR` values of `ap` at
    /// `aOff + p·aStep` and `NR` of `bp` at `bOff + p·bStep`; `c` has row stride `ldc`.
    private static void tile(int kc, double[] ap, int aOff, int aStep, double[] bp, int bOff,
                             int bStep, double[] c, int cOff, int ldc) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
        DoubleVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        DoubleVector c40 = c00, c41 = c00, c50 = c00, c51 = c00;
        DoubleVector c60 = c00, c61 = c00, c70 = c00, c71 = c00;
        for (int p = 0; p < kc; p++) {
            int ai = aOff + p * aStep, bi = bOff + p * bStep;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);      // b[p][j .. j+L)
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);  // b[p][j+L .. j+2L)
            DoubleVector a;
            a = DoubleVector.broadcast(S, ap[ai]);     c00 = a.fma(b0, c00); c01 = a.fma(b1, c01);
            a = DoubleVector.broadcast(S, ap[ai + 1]); c10 = a.fma(b0, c10); c11 = a.fma(b1, c11);
            a = DoubleVector.broadcast(S, ap[ai + 2]); c20 = a.fma(b0, c20); c21 = a.fma(b1, c21);
            a = DoubleVector.broadcast(S, ap[ai + 3]); c30 = a.fma(b0, c30); c31 = a.fma(b1, c31);
            a = DoubleVector.broadcast(S, ap[ai + 4]); c40 = a.fma(b0, c40); c41 = a.fma(b1, c41);
            a = DoubleVector.broadcast(S, ap[ai + 5]); c50 = a.fma(b0, c50); c51 = a.fma(b1, c51);
            a = DoubleVector.broadcast(S, ap[ai + 6]); c60 = a.fma(b0, c60); c61 = a.fma(b1, c61);
            a = DoubleVector.broadcast(S, ap[ai + 7]); c70 = a.fma(b0, c70); c71 = a.fma(b1, c71);
        }
        int r = cOff;
        c00.add(DoubleVector.fromArray(S, c, r)).intoArray(c, r);
        c01.add(DoubleVector.fromArray(S, c, r + L)).intoArray(c, r + L);
        r += ldc;
        c10.add(DoubleVector.fromArray(S, c, r)).intoArray(c, r);
        c11.add(DoubleVector.fromArray(S, c, r + L)).intoArray(c, r + L);
        r += ldc;
        c20.add(DoubleVector.fromArray(S, c, r)).intoArray(c, r);
        c21.add(DoubleVector.fromArray(S, c, r + L)).intoArray(c, r + L);
        r += ldc;
        c30.add(DoubleVector.fromArray(S, c, r)).intoArray(c, r);
        c31.add(DoubleVector.fromArray(S, c, r + L)).intoArray(c, r + L);
        r += ldc;
        c40.add(DoubleVector.fromArray(S, c, r)).intoArray(c, r);
        c41.add(DoubleVector.fromArray(S, c, r + L)).intoArray(c, r + L);
        r += ldc;
        c50.add(DoubleVector.fromArray(S, c, r)).intoArray(c, r);
        c51.add(DoubleVector.fromArray(S, c, r + L)).intoArray(c, r + L);
        r += ldc;
        c60.add(DoubleVector.fromArray(S, c, r)).intoArray(c, r);
        c61.add(DoubleVector.fromArray(S, c, r + L)).intoArray(c, r + L);
        r += ldc;
        c70.add(DoubleVector.fromArray(S, c, r)).intoArray(c, r);
        c71.add(DoubleVector.fromArray(S, c, r + L)).intoArray(c, r + L);
    }
    // end::vector-tile[]

    /// `C += A·B` for `m < NR` columns: `B` packed into one zero-padded panel (`k × NR`, small),
    /// `A` read in place (packing it would copy as much as the product reads), 8 rows at a time
    /// through the tile buffer, then the leftover rows.
    private static void narrow(double[][] buffers, int n, int k, int m, double[] a,
                               int aRowStride, int aColStride, double[] b, int bRowStride,
                               int bColStride, double[] c) {
        double[] bPacked = packB(buffers, b, bRowStride, bColStride, 0, k, 0, m);
        double[] tile = buffers[2];
        for (int i = 0; i < n; i += MR) {
            java.util.Arrays.fill(tile, 0);
            int rows = Math.min(MR, n - i), last = i + rows - 1;
            narrowTile(k, a, i * aRowStride, aRowStride, aColStride, last * aRowStride,
                    bPacked, tile);
            addEdge(tile, rows, m, c, i * m, m);
        }
    }

    /// `tile[8 × NR] = A[8 × k]·Bpanel[k × NR]`: `A`'s row `r` starts at `aOff + r·rs`, except
    /// that rows past the last one (at `aLast`) read it again, their results are not used.
    private static void narrowTile(int k, double[] a, int aOff, int rs, int cs, int aLast,
                                   double[] bp, double[] tile) {
        int a0 = aOff, a1 = Math.min(a0 + rs, aLast), a2 = Math.min(a1 + rs, aLast);
        int a3 = Math.min(a2 + rs, aLast), a4 = Math.min(a3 + rs, aLast);
        int a5 = Math.min(a4 + rs, aLast), a6 = Math.min(a5 + rs, aLast);
        int a7 = Math.min(a6 + rs, aLast);
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
        DoubleVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        DoubleVector c40 = c00, c41 = c00, c50 = c00, c51 = c00;
        DoubleVector c60 = c00, c61 = c00, c70 = c00, c71 = c00;
        for (int p = 0; p < k; p++) {
            int q = p * cs, bi = p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);      // b[p][0 .. L)
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);  // b[p][L .. 2L)
            DoubleVector x;
            x = DoubleVector.broadcast(S, a[a0 + q]); c00 = x.fma(b0, c00); c01 = x.fma(b1, c01);
            x = DoubleVector.broadcast(S, a[a1 + q]); c10 = x.fma(b0, c10); c11 = x.fma(b1, c11);
            x = DoubleVector.broadcast(S, a[a2 + q]); c20 = x.fma(b0, c20); c21 = x.fma(b1, c21);
            x = DoubleVector.broadcast(S, a[a3 + q]); c30 = x.fma(b0, c30); c31 = x.fma(b1, c31);
            x = DoubleVector.broadcast(S, a[a4 + q]); c40 = x.fma(b0, c40); c41 = x.fma(b1, c41);
            x = DoubleVector.broadcast(S, a[a5 + q]); c50 = x.fma(b0, c50); c51 = x.fma(b1, c51);
            x = DoubleVector.broadcast(S, a[a6 + q]); c60 = x.fma(b0, c60); c61 = x.fma(b1, c61);
            x = DoubleVector.broadcast(S, a[a7 + q]); c70 = x.fma(b0, c70); c71 = x.fma(b1, c71);
        }
        c00.intoArray(tile, 0);          c01.intoArray(tile, L);
        c10.intoArray(tile, NR);         c11.intoArray(tile, NR + L);
        c20.intoArray(tile, 2 * NR);     c21.intoArray(tile, 2 * NR + L);
        c30.intoArray(tile, 3 * NR);     c31.intoArray(tile, 3 * NR + L);
        c40.intoArray(tile, 4 * NR);     c41.intoArray(tile, 4 * NR + L);
        c50.intoArray(tile, 5 * NR);     c51.intoArray(tile, 5 * NR + L);
        c60.intoArray(tile, 6 * NR);     c61.intoArray(tile, 6 * NR + L);
        c70.intoArray(tile, 7 * NR);     c71.intoArray(tile, 7 * NR + L);
    }

    /// Adds the valid `rows × cols` corner of a full `MR × NR` tile to `c` (ragged edges).
    private static void addEdge(double[] tile, int rows, int cols, double[] c, int cOff, int ldc) {
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) c[cOff + r * ldc + j] += tile[r * NR + j];
        }
    }

    // tag::vector-packing[]
    /// Packs `A[ic .. ic+mc) × [pc .. pc+kc)` as `MR`-row panels, column `p` of a panel being
    /// `MR` consecutive values; rows past `mc` are zeros.
    private static void packA(double[] a, int rowStride, int colStride,
                              int ic, int mc, int pc, int kc, double[] out) {
        if (rowStride == 1 && colStride != 1) { // a transposed operand, as in xᵀ·dy
            packTransposedA(a, colStride, ic, mc, pc, kc, out);
            return;
        }
        for (int ir = 0; ir < mc; ir += MR) {
            int base = ir * kc, rows = Math.min(MR, mc - ir);
            for (int r = 0; r < MR; r++) {
                if (r >= rows) {
                    for (int p = 0; p < kc; p++) out[base + p * MR + r] = 0;
                    continue;
                }
                int from = (ic + ir + r) * rowStride + pc * colStride;
                for (int p = 0; p < kc; p++) out[base + p * MR + r] = a[from + p * colStride];
            }
        }
    }

    /// `packA` for a transposed operand: `a[i][p]` sits at `i + p·colStride`, so column `p` of
    /// a full panel is `MR` consecutive values, copied in one go.
    private static void packTransposedA(double[] a, int colStride,
                                        int ic, int mc, int pc, int kc, double[] out) {
        for (int ir = 0; ir < mc; ir += MR) {
            int base = ir * kc, rows = Math.min(MR, mc - ir);
            for (int p = 0; p < kc; p++) {
                int from = ic + ir + (pc + p) * colStride, to = base + p * MR;
                if (rows == MR && L == MR) { // the column is one vector
                    DoubleVector.fromArray(S, a, from).intoArray(out, to);
                    continue;
                }
                for (int r = 0; r < rows; r++) out[to + r] = a[from + r];
                for (int r = rows; r < MR; r++) out[to + r] = 0;
            }
        }
    }

    /// Packs `B[pc .. pc+kc) × [jc .. jc+nc)` as `NR`-column panels, row `p` of a panel being
    /// `NR` consecutive values; columns past `nc` are zeros.
    private static double[] packB(double[][] buffers, double[] b, int rowStride, int colStride,
                                  int pc, int kc, int jc, int nc) {
        int panels = (nc + NR - 1) / NR;
        if (buffers[1].length < panels * NR * kc) buffers[1] = new double[panels * NR * kc];
        double[] out = buffers[1];
        boolean transposed = rowStride == 1 && colStride != 1; // as in dy·Wᵀ
        for (int jr = 0; jr < nc; jr += NR) {
            int base = jr * kc, cols = Math.min(NR, nc - jr);
            if (transposed) {
                packTransposedB(b, colStride, pc, kc, jc + jr, cols, out, base);
                continue;
            }
            for (int p = 0; p < kc; p++) {
                int from = (pc + p) * rowStride + (jc + jr) * colStride, to = base + p * NR;
                if (colStride == 1 && cols == NR) { // a row of b: two vector copies
                    DoubleVector.fromArray(S, b, from).intoArray(out, to);
                    DoubleVector.fromArray(S, b, from + L).intoArray(out, to + L);
                    continue;
                }
                for (int j = 0; j < cols; j++) out[to + j] = b[from + j * colStride];
                for (int j = cols; j < NR; j++) out[to + j] = 0;
            }
        }
        return out;
    }

    /// One panel of `packB` for a transposed operand: `b[p][j]` sits at `p + j·colStride`, so
    /// it reads column `j` along `p`, consecutive values, and writes every `NR`-th slot.
    private static void packTransposedB(double[] b, int colStride, int pc, int kc, int j0,
                                        int cols, double[] out, int base) {
        for (int j = 0; j < NR; j++) {
            int from = pc + (j0 + j) * colStride, to = base + j;
            if (j < cols) {
                for (int p = 0; p < kc; p++) out[to + p * NR] = b[from + p];
            } else {
                for (int p = 0; p < kc; p++) out[to + p * NR] = 0;
            }
        }
    }
    // end::vector-packing[]
}
