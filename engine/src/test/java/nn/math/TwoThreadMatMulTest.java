package nn.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BinaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The vector kernel on two threads (`-Dnn.matmul.threads=2`): each thread takes half of
/// `C`'s columns, and every entry must come out bit for bit as on one thread, whatever the
/// product, with ragged edges, several blocks of `k`, and a split that is not in the middle.
class TwoThreadMatMulTest {

    @ParameterizedTest(name = "{0} n={1} k={2} m={3}")
    @CsvSource({
        "a·b, 64, 784, 128", "a·b, 161, 163, 167", "a·b, 300, 100, 147",
        "a·b, 2000, 70, 40",
        "aᵀ·b, 64, 784, 128", "aᵀ·b, 161, 163, 167", "a·bᵀ, 64, 784, 128", "a·bᵀ, 161, 163, 167",
        "c += aᵀ·b, 784, 64, 128", "c += aᵀ·b, 161, 163, 167",
    })
    void twoThreads_giveTheOneThreadResultBitForBit(String product, int n, int k, int m) {
        Rng rng = new Rng(13L * n + k + 7L * m);
        Matrix a = Matrix.gaussian(n, k, 1, rng), b = Matrix.gaussian(k, m, 1, rng);
        Matrix c = Matrix.gaussian(n, m, 1, rng);
        Matrix aT = a.transpose(), bT = b.transpose();
        BinaryOperator<Matrix> run = switch (product) {
            case "a·b" -> Matrix::times;
            case "aᵀ·b" -> (x, y) -> aT.transposeTimes(y);
            case "a·bᵀ" -> (x, y) -> x.timesTranspose(bT);
            default -> (x, y) -> {
                Matrix sum = c.copy();
                sum.accumulateTransposeTimes(aT, y);
                return sum;
            };
        };
        Matrix one = on(1, () -> run.apply(a, b)), two = on(2, () -> run.apply(a, b));
        assertEquals(one.shape(), two.shape());
        for (int i = 0; i < one.size(); i++) {
            long bitsOne = Double.doubleToRawLongBits(one.data()[i]);
            if (bitsOne != Double.doubleToRawLongBits(two.data()[i])) {
                throw new AssertionError("%s entry %d: one thread %s, two threads %s"
                        .formatted(product, i, one.data()[i], two.data()[i]));
            }
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("nn.matmul helper")), "the helper thread ran");
    }

    private static Matrix on(int threads, java.util.function.Supplier<Matrix> product) {
        assertEquals("vector", MatMul.path(), "these tests need the vector kernel");
        int before = VectorMatMul.threads;
        VectorMatMul.threads = threads;
        try {
            return product.get();
        } finally {
            VectorMatMul.threads = before;
        }
    }
}
