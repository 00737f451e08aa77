import java.util.Arrays;
import nn.math.MatMul;
import nn.math.Matrix;
import nn.math.Rng;

/// One benchmark run of the engine's matrix product: for each size `n` it multiplies two
/// seeded `n × n` matrices repeatedly for about `seconds` and prints one line per size,
/// `matmul <n> <GFLOP/s>` (a product costs `2·n³` flops). The time is cut into batches of
/// about 20 ms and the median batch counts, so a burst of other work on the machine does not.
/// `bench/run.sh` calls this several times, alternating with `matmul_numpy.py`, and prints
/// the table. The first line, `path vector` or `path scalar`, says which kernel ran, the
/// second which clock measured (`Clock`).
///
/// Usage: `java ... MatMulBench [seconds] [n ...]`
public final class MatMulBench {
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {128, 256, 512, 1024};
        System.out.println("path " + MatMul.path());
        System.out.println("clock " + Clock.name());
        Rng rng = new Rng(42);
        Matrix x = Matrix.gaussian(128, 128, 1, rng);
        // Warm-up: the JIT compiles the kernel before anything is measured (on a busy machine
        // its compiler threads need a while).
        measure(x, x, 2.0);
        for (int n : sizes) {
            Matrix a = Matrix.gaussian(n, n, 1, rng), b = Matrix.gaussian(n, n, 1, rng);
            measure(a, b, Math.min(seconds, 0.3));
            System.out.printf("matmul %d %.3f%n", n, measure(a, b, seconds));
        }
    }

    /// GFLOP/s of `a·b`: the median over batches of about 20 ms filling `seconds`.
    private static double measure(Matrix a, Matrix b, double seconds) {
        double flops = 2.0 * a.rows() * a.cols() * b.cols();
        long end = Clock.nanos() + (long) (seconds * 1e9);
        var rates = new java.util.ArrayList<Double>();
        double sink = 0;
        do {
            long start = Clock.nanos(), now;
            int reps = 0;
            do {
                sink += a.times(b).get(0, 0);
                reps++;
                now = Clock.nanos();
            } while (now - start < 20_000_000);
            rates.add(flops * reps / (now - start));
        } while (Clock.nanos() < end);
        if (Double.isNaN(sink)) System.out.print(""); // keeps the products from being skipped
        java.util.Collections.sort(rates);
        return rates.get(rates.size() / 2);
    }
}
