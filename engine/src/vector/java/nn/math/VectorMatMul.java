package nn.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// The fast kernel: `C += A·B` computed tile by tile in SIMD registers with the
/// `jdk.incubator.vector` API, in the blocked, packed scheme of Goto and van de Geijn
/// (the one OpenBLAS uses). Chapter 11 explains it; `MatMul.naive` is the reference.
///
/// - **Register tile.** An `MR × NR` block of `C` (`MR` rows, 2 vectors of `L` lanes) lives in
///   vector accumulators. Each step `p` loads two vectors of `B`'s row `p`, broadcasts
///   `A[i][p]` for the `MR` rows and does `2·MR` fused multiply-adds. AVX-512 (8 doubles a
///   vector, 32 registers) takes an 8×16 tile, 16 accumulators; AVX2 (4 doubles, 16
///   registers) a 5×8 tile, 10 accumulators and 3 registers for `B` and `A` (a 4×8 tile,
///   8 accumulators, runs about 8 % slower: a multiply-add takes 4 cycles and two can start
///   each cycle, so 8 independent sums leave no slack). With 8×8 or 6×8 on AVX2 the JIT
///   compiler runs out of registers and keeps some accumulators in memory; every step then
///   waits for a store and a reload, which halves the speed.
/// - **Packing.** `B`'s `KC × NC` block is copied into `NR`-column panels, row `p` of a panel
///   being `NR` consecutive values, and `A`'s `MC × KC` block into `MR`-row panels, column
///   `p` being `MR` consecutive values (zero-padded to whole tiles). The tile loop then streams
///   through memory with constant strides (`MR` and `NR`): the JIT compiler proves such indexes
///   in bounds once, before the loop, where a stride known only at run time costs a check on
///   every load (about 20 % slower). Packing reads any strides, so `aᵀ·b` and `a·bᵀ` cost
///   about the same as `a·b`. It copies with `System.arraycopy`, not vectors: a short script
///   runs much of its first products before the JIT compiler has compiled this class, and
///   vector code that is not compiled yet is about 100× slower than plain copies.
/// - **Blocking.** `KC` keeps a `KC × NR` panel of `B` in the L1 cache while the tile loop
///   runs it against every `MR` rows of `A`; `MC` keeps those rows in L2. `k` is cut into equal
///   blocks of at most `KC`.
/// - **Two threads** (`-Dnn.matmul.threads=2`, off by default): large products split `C`'s
///   columns between the caller and a helper thread, each entry summed in the same order.
///
/// Everything touching `jdk.incubator.vector` stays in this file, which lives in its own
/// source folder (`src/vector/java`): scripts compile only `src/main/java` and never see it.
/// `MatMul` loads this class by name only when the module is in the boot layer.
/// The accumulators are local variables of one method on purpose: a vector passed to a method
/// that the JIT compiler does not inline becomes a heap object (about 10× slower).
final class VectorMatMul implements MatMulKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /// Rows of the register tile: 8 where vectors hold 8 doubles (AVX-512, 32 registers), else 5.
    /// The system property `nn.matmul.tileRows` (4, 5 or 8) overrides it; tests run all three.
    private static final int MR = tileRows();
    private static final int NR = 2 * L;
    /// The blocking sizes; tests set the system properties `nn.matmul.kc`, `.mc` and `.nc` to
    /// small values, so that small products also cross block boundaries.
    private static final int KC = blockSize("kc", 256);
    private static final int MC = MR * Math.max(1, blockSize("mc", 128) / MR); // whole tiles,
    private static final int NC = NR * Math.max(1, blockSize("nc", 4096) / NR); // 125 of 5 rows
    /// Threads per product (`nn.matmul.threads`, 1 or 2; default 1): with 2, a product of at
    /// least `PARALLEL` multiply-adds gives the right half of `C`'s columns to a helper thread.
    /// Both halves are cut into the same `NR`-column panels and blocks of `k` as on one
    /// thread, so every entry is summed in the same order: the same result, bit for bit.
    /// Tests set it to compare both.
    static int threads = threads();
    private static final long PARALLEL = 1L << 22; // 4M multiply-adds, about 0.1 ms of work
    /// Where `tile4` leaves the values it reads early (see there).
    private static double sink;

    /// Packing buffers (`A`, `B`, one ragged tile), reused between calls on a thread; `packB`
    /// grows `B`'s to the largest block it has packed.
    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() ->
            new double[][] {new double[MC * KC], new double[0], new double[MR * NR]});

    /// The lane count the kernel was built for (4 with AVX2, 8 with AVX-512).
    static int lanes() { return L; }

    private static int tileRows() {
        int rows = Integer.getInteger("nn.matmul.tileRows", L >= 8 ? 8 : 5);
        if (rows != 4 && rows != 5 && rows != 8) {
            throw new IllegalArgumentException("nn.matmul.tileRows must be 4, 5 or 8, got " + rows);
        }
        return rows;
    }

    private static int threads() {
        int threads = Integer.getInteger("nn.matmul.threads", 1);
        if (threads != 1 && threads != 2) {
            throw new IllegalArgumentException("nn.matmul.threads must be 1 or 2, got " + threads);
        }
        return threads;
    }

    /// The helper thread of two-thread products, started on first use; a daemon, so that it
    /// never keeps a finished program alive.
    private static final class Helper {
        static final ExecutorService POOL = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "nn.matmul helper");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static int blockSize(String name, int standard) {
        int size = Integer.getInteger("nn.matmul." + name, standard);
        if (size < 1) {
            throw new IllegalArgumentException("nn.matmul." + name + " must be >= 1, got " + size);
        }
        return size;
    }

    @Override
    public void multiply(int n, int k, int m,
                         double[] a, int aRowStride, int aColStride,
                         double[] b, int bRowStride, int bColStride,
                         double[] c) {
        int panels = (m + NR - 1) / NR;
        if (threads == 1 || panels < 2 || (long) n * k * m < PARALLEL) {
            columns(0, m, n, k, m, a, aRowStride, aColStride, b, bRowStride, bColStride, c);
            return;
        }
        int mid = NR * ((panels + 1) / 2);
        var right = Helper.POOL.submit(() -> columns(mid, m, n, k, m, a, aRowStride, aColStride,
                b, bRowStride, bColStride, c));
        columns(0, mid, n, k, m, a, aRowStride, aColStride, b, bRowStride, bColStride, c);
        try {
            right.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the helper thread multiplied", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /// `multiply` for `C`'s columns `[j0, j1)`; `j0` is a multiple of `NR`.
    private static void columns(int j0, int j1, int n, int k, int m,
                                double[] a, int aRowStride, int aColStride,
                                double[] b, int bRowStride, int bColStride,
                                double[] c) {
        double[][] buffers = BUFFERS.get();
        double[] ap = buffers[0], tile = buffers[2];
        int kBlocks = Math.max(1, (k + KC - 1) / KC), kStep = (k + kBlocks - 1) / kBlocks;
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            for (int pc = 0; pc < k; pc += kStep) {
                int kc = Math.min(kStep, k - pc);
                double[] bp = packB(buffers, b, bRowStride, bColStride, pc, kc, jc, nc);
                for (int ic = 0; ic < n; ic += MC) {
                    int mc = Math.min(MC, n - ic);
                    packA(a, aRowStride, aColStride, ic, mc, pc, kc, ap);
                    for (int jr = 0; jr < nc; jr += NR) {
                        int cols = Math.min(NR, nc - jr);
                        for (int ir = 0; ir < mc; ir += MR) {
                            int rows = Math.min(MR, mc - ir), cOff = (ic + ir) * m + jc + jr;
                            if (rows == MR && cols == NR) {
                                tile(kc, ap, ir * kc, bp, jr * kc, c, cOff, m);
                            } else {
                                java.util.Arrays.fill(tile, 0);
                                tile(kc, ap, ir * kc, bp, jr * kc, tile, 0, NR);
                                addEdge(tile, rows, cols, c, cOff, m);
                            }
                        }
                    }
                }
            }
        }
    }

    /// `C[MR × NR] += Apanel · Bpanel` over `kc` steps: step `p` reads the `MR` values of
    /// `A`'s column `p` at `ap[aOff + p·MR ..]` and the `NR` values of `B`'s row `p` at
    /// `bp[bOff + p·NR ..]`; `c` has row stride `ldc`.
    private static void tile(int kc, double[] ap, int aOff, double[] bp, int bOff,
                             double[] c, int cOff, int ldc) {
        if (MR == 8) tile8(kc, ap, aOff, bp, bOff, c, cOff, ldc);
        else if (MR == 5) tile5(kc, ap, aOff, bp, bOff, c, cOff, ldc);
        else tile4(kc, ap, aOff, bp, bOff, c, cOff, ldc);
    }

    // tag::vector-tile[]
    /// The 4-row `tile`, for AVX2's 16 registers: 8 accumulators, `C`'s row `r` in `cr0, cr1`.
    private static void tile4(int kc, double[] ap, int aOff, double[] bp, int bOff,
                              double[] c, int cOff, int ldc) {
        // Reads the first and last value of each row of C's tile now, long before the sums
        // are added to them at the end: the cache then fetches those lines while the loop runs
        // (a software prefetch; Java has no instruction for it). `sink` keeps the reads.
        int last = NR - 1;
        double touch = c[cOff] + c[cOff + last] + c[cOff + ldc] + c[cOff + ldc + last]
                + c[cOff + 2 * ldc] + c[cOff + 2 * ldc + last]
                + c[cOff + 3 * ldc] + c[cOff + 3 * ldc + last];
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
        DoubleVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        for (int p = 0; p < kc; p++) {
            int ai = aOff + p * 4, bi = bOff + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);      // b[p][j .. j+L)
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);  // b[p][j+L .. j+2L)
            DoubleVector a;
            a = DoubleVector.broadcast(S, ap[ai]);     c00 = a.fma(b0, c00); c01 = a.fma(b1, c01);
            a = DoubleVector.broadcast(S, ap[ai + 1]); c10 = a.fma(b0, c10); c11 = a.fma(b1, c11);
            a = DoubleVector.broadcast(S, ap[ai + 2]); c20 = a.fma(b0, c20); c21 = a.fma(b1, c21);
            a = DoubleVector.broadcast(S, ap[ai + 3]); c30 = a.fma(b0, c30); c31 = a.fma(b1, c31);
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
        sink = touch;
    }
    // end::vector-tile[]

    /// The 5-row `tile`, for AVX2's 16 registers: 10 accumulators.
    private static void tile5(int kc, double[] ap, int aOff, double[] bp, int bOff,
                              double[] c, int cOff, int ldc) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
        DoubleVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        DoubleVector c40 = c00, c41 = c00;
        for (int p = 0; p < kc; p++) {
            int ai = aOff + p * 5, bi = bOff + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, bi);      // b[p][j .. j+L)
            DoubleVector b1 = DoubleVector.fromArray(S, bp, bi + L);  // b[p][j+L .. j+2L)
            DoubleVector a;
            a = DoubleVector.broadcast(S, ap[ai]);     c00 = a.fma(b0, c00); c01 = a.fma(b1, c01);
            a = DoubleVector.broadcast(S, ap[ai + 1]); c10 = a.fma(b0, c10); c11 = a.fma(b1, c11);
            a = DoubleVector.broadcast(S, ap[ai + 2]); c20 = a.fma(b0, c20); c21 = a.fma(b1, c21);
            a = DoubleVector.broadcast(S, ap[ai + 3]); c30 = a.fma(b0, c30); c31 = a.fma(b1, c31);
            a = DoubleVector.broadcast(S, ap[ai + 4]); c40 = a.fma(b0, c40); c41 = a.fma(b1, c41);
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
    }

    /// The 8-row `tile`, for AVX-512's 32 registers: 16 accumulators.
    private static void tile8(int kc, double[] ap, int aOff, double[] bp, int bOff,
                              double[] c, int cOff, int ldc) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
        DoubleVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        DoubleVector c40 = c00, c41 = c00, c50 = c00, c51 = c00;
        DoubleVector c60 = c00, c61 = c00, c70 = c00, c71 = c00;
        for (int p = 0; p < kc; p++) {
            int ai = aOff + p * 8, bi = bOff + p * NR;
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
        for (int ir = 0; ir < mc; ir += MR) {
            int rows = Math.min(MR, mc - ir), base = ir * kc;
            int from = (ic + ir) * rowStride + pc * colStride;
            if (rows < MR) java.util.Arrays.fill(out, base, base + MR * kc, 0);
            if (colStride == 1) { // rows of A are contiguous (x·W): read each along p
                for (int r = 0; r < rows; r++) {
                    int row = from + r * rowStride;
                    for (int p = 0; p < kc; p++) out[base + p * MR + r] = a[row + p];
                }
            } else if (rowStride == 1 && rows == MR) { // A transposed (xᵀ·dy): column p of
                for (int p = 0; p < kc; p++) {         // the panel lies in one stored row
                    System.arraycopy(a, from + p * colStride, out, base + p * MR, MR);
                }
            } else {
                for (int r = 0; r < rows; r++) {
                    for (int p = 0; p < kc; p++) {
                        out[base + p * MR + r] = a[from + r * rowStride + p * colStride];
                    }
                }
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
        if (colStride != 1) { // a transposed B, as in dy·Wᵀ: read along its stored rows
            for (int jr = 0; jr < nc; jr += NR) {
                int cols = Math.min(NR, nc - jr), base = jr * kc;
                for (int j = 0; j < NR; j++) {
                    int from = pc * rowStride + (jc + jr + j) * colStride;
                    for (int p = 0; p < kc; p++) {
                        out[base + p * NR + j] = j < cols ? b[from + p * rowStride] : 0;
                    }
                }
            }
            return out;
        }
        for (int jr = 0; jr < nc; jr += NR) { // one panel at a time, written in order
            int cols = Math.min(NR, nc - jr), base = jr * kc, from = pc * rowStride + jc + jr;
            for (int p = 0; p < kc; p++) {
                int to = base + p * NR;
                System.arraycopy(b, from + p * rowStride, out, to, cols);
                if (cols < NR) java.util.Arrays.fill(out, to + cols, to + NR, 0);
            }
        }
        return out;
    }
    // end::vector-packing[]
}
