import nn.math.MatMul;
import nn.math.Matrix;
import nn.math.Rng;

/// One benchmark run of the engine's matrix product: for each size `n` it multiplies two
/// seeded `n × n` matrices repeatedly for about `seconds` and prints one line per size,
/// `matmul <n> <GFLOP/s>` (a product costs `2·n³` flops). `bench/run.sh` calls this several
/// times, alternating with `matmul_numpy.py`, and prints the table.
///
/// Usage: `java ... MatMulBench [seconds] [n ...]`
public final class MatMulBench {
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 0.5;
        int[] sizes = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {128, 256, 512, 1024};
        System.out.println("path " + MatMul.path());
        Rng rng = new Rng(42);
        for (int n : sizes) {
            Matrix a = Matrix.gaussian(n, n, 1, rng), b = Matrix.gaussian(n, n, 1, rng);
            measure(a, b, Math.min(seconds, 0.3)); // warm-up: lets the JIT compile the kernel
            System.out.printf("matmul %d %.3f%n", n, measure(a, b, seconds));
        }
    }

    /// GFLOP/s of `a·b`, averaged over as many products as fit in `seconds`.
    private static double measure(Matrix a, Matrix b, double seconds) {
        double flops = 2.0 * a.rows() * a.cols() * b.cols();
        long start = System.nanoTime(), deadline = start + (long) (seconds * 1e9);
        int reps = 0;
        double sink = 0;
        long now;
        do {
            sink += a.times(b).get(0, 0);
            reps++;
            now = System.nanoTime();
        } while (now < deadline);
        if (Double.isNaN(sink)) System.out.print("");
        return flops * reps / (now - start);
    }
}
