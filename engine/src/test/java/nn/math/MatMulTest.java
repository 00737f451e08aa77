package nn.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// The fast products against the naive triple loop, on both kernels. Surefire starts the JVM
/// with `--add-modules jdk.incubator.vector`, so "vector" is the vector kernel and "scalar"
/// forces the plain-Java one through `MatMul.forceScalar` ("vector" sets `forceVector`, so
/// that even tiny products, which `multiply` leaves to the scalar kernel, run on tiles).
/// The vector kernel's register tile has 5 rows on AVX2 and 8 on AVX-512; Surefire runs this
/// class three times more, with `-Dnn.matmul.tileRows=4`, `=5` and `=8`, so every shape is
/// tested on any machine, and once with tiny blocking sizes (`-Dnn.matmul.kc=7 -Dnn.matmul.mc=11
/// -Dnn.matmul.nc=24`), so that these small shapes also cross the boundaries of many blocks.
class MatMulTest {
    // {n, k, m}: ragged edges around the 4×8, 5×8, 8×8 and 8×16 tiles, k past KC = 256, n past
    // MC = 128 (125 with 5-row tiles), m past NC = 4096, the MNIST layers 64×784 · 784×128
    // and 64×128 · 128×10.
    private static final int[][] SHAPES = {
        {1, 1, 1}, {1, 9, 1}, {1, 20, 33}, {33, 20, 1}, {7, 13, 5}, {8, 16, 16}, {9, 17, 15},
        {64, 10, 10}, {10, 64, 10}, {16, 300, 48}, {129, 257, 131}, {200, 3, 70},
        {64, 784, 128}, {9, 3, 4100}, {64, 128, 10}, {128, 64, 10}, {16, 7, 10},
        {126, 30, 9}, {251, 40, 17},
    };

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of("vector", "scalar")) {
            for (String product : List.of("a·b", "aᵀ·b", "a·bᵀ", "c += aᵀ·b")) {
                for (int[] s : SHAPES) cases.add(Arguments.of(path, product, s[0], s[1], s[2]));
                // outputs narrower than a tile (one zero-padded panel of B), with a ragged
                // last block of rows
                for (int m = 1; m < 16; m++) cases.add(Arguments.of(path, product, 19, 23, m));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} n={2} k={3} m={4}")
    @MethodSource("cases")
    void fastProduct_matchesNaiveWithinRoundoff(String path, String product, int n, int k, int m) {
        Rng rng = new Rng(31L * n + 7L * k + m);
        Matrix a = Matrix.gaussian(n, k, 1, rng), b = Matrix.gaussian(k, m, 1, rng);
        Matrix c = product.startsWith("c") ? Matrix.gaussian(n, m, 1, rng) : Matrix.zeros(n, m);
        Matrix expected = MatMul.naive(a, b).plus(c);
        // Σₚ |a[i][p]|·|b[p][j]| (+ |c[i][j]|) bounds the roundoff
        Matrix bound = MatMul.naive(abs(a), abs(b)).plus(abs(c));
        Matrix actual = runOn(path, () -> switch (product) {
            case "a·b" -> a.times(b);
            case "aᵀ·b" -> a.transpose().transposeTimes(b);
            case "a·bᵀ" -> a.timesTranspose(b.transpose());
            default -> {
                Matrix sum = c.copy();
                sum.accumulateTransposeTimes(a.transpose(), b);
                yield sum;
            }
        });
        assertEquals(expected.shape(), actual.shape());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double error = Math.abs(actual.get(i, j) - expected.get(i, j));
                double tolerance = 1e-12 * k * bound.get(i, j);
                if (error > tolerance) {
                    throw new AssertionError("%s %s entry (%d, %d): %s vs naive %s".formatted(
                            path, product, i, j, actual.get(i, j), expected.get(i, j)));
                }
            }
        }
    }

    @Test
    void naiveTransposedReferences_agreeWithExplicitTranspose() {
        Rng rng = new Rng(5);
        Matrix a = Matrix.gaussian(4, 3, 1, rng), b = Matrix.gaussian(4, 2, 1, rng);
        Matrix c = Matrix.gaussian(5, 3, 1, rng);
        assertEquals(MatMul.naive(a.transpose(), b), MatMul.naiveTransposeA(a, b));
        assertEquals(MatMul.naive(a, c.transpose()), MatMul.naiveTransposeB(a, c));
    }

    @Test
    void multiply_workedExampleByHand() {
        // [1 2; 3 4] · [5 6; 7 8] = [1·5+2·7, 1·6+2·8; 3·5+4·7, 3·6+4·8]
        Matrix a = Matrix.of(new double[] {1, 2}, new double[] {3, 4});
        Matrix b = Matrix.of(new double[] {5, 6}, new double[] {7, 8});
        Matrix expected = Matrix.of(new double[] {19, 22}, new double[] {43, 50});
        for (String path : List.of("vector", "scalar")) {
            assertEquals(expected, runOn(path, () -> a.times(b)), path);
            assertEquals(expected, runOn(path, () -> a.transpose().transposeTimes(b)), path);
            assertEquals(expected, runOn(path, () -> a.timesTranspose(b.transpose())), path);
        }
    }

    @Test
    void path_isVectorExactlyWhenTheModuleIsLoaded() {
        boolean loaded = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertEquals(loaded ? "vector" : "scalar", MatMul.path());
        assertEquals("scalar", runOn("scalar", MatMul::path));
    }

    @Test
    void shapeMismatch_namesBothShapes() {
        Matrix a = Matrix.zeros(4, 3), b = Matrix.zeros(2, 5);
        assertMessage("matrix product a·b needs a.cols == b.rows, got a = 4×3, b = 2×5",
                () -> a.times(b));
        assertMessage("matrix product aᵀ·b needs a.rows == b.rows, got a = 4×3, b = 2×5",
                () -> a.transposeTimes(b));
        assertMessage("matrix product a·bᵀ needs a.cols == b.cols, got a = 4×3, b = 2×5",
                () -> a.timesTranspose(b));
        assertMessage("matrix product a·b needs a.cols == b.rows, got a = 4×3, b = 2×5",
                () -> MatMul.naive(a, b));
    }

    @Test
    void accumulateTransposeTimes_rejectsWrongShapeAndAliasing() {
        Matrix a = Matrix.zeros(4, 3), b = Matrix.zeros(4, 2);
        assertMessage("c += aᵀ·b needs c of shape 3×2, got 2×3",
                () -> Matrix.zeros(2, 3).accumulateTransposeTimes(a, b));
        assertMessage("matrix product aᵀ·b needs a.rows == b.rows, got a = 4×3, b = 2×5",
                () -> Matrix.zeros(3, 5).accumulateTransposeTimes(a, Matrix.zeros(2, 5)));
        Matrix square = Matrix.zeros(3, 3);
        assertMessage("c += aᵀ·b needs c apart from a and b",
                () -> square.accumulateTransposeTimes(square, Matrix.zeros(3, 3)));
    }

    @Test
    void emptyInnerSize_givesZeros() {
        Matrix a = Matrix.zeros(3, 0), b = Matrix.zeros(0, 2);
        assertEquals(Matrix.zeros(3, 2), a.times(b));
        assertTrue(Matrix.zeros(0, 4).times(Matrix.zeros(4, 2)).size() == 0);
    }

    private static void assertMessage(String expected, Runnable product) {
        var e = assertThrows(IllegalArgumentException.class, product::run);
        assertEquals(expected, e.getMessage());
    }

    private static Matrix abs(Matrix x) { return x.map(Math::abs); }

    private static <T> T runOn(String path, java.util.function.Supplier<T> product) {
        MatMul.forceScalar = path.equals("scalar");
        MatMul.forceVector = path.equals("vector");
        try {
            return product.get();
        } finally {
            MatMul.forceScalar = false;
            MatMul.forceVector = false;
        }
    }

}
