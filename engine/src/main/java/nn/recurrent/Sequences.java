package nn.recurrent;

import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.List;

/// Small helpers for sequences stored as one `n × width` matrix per time step. Taught in
/// chapter 14.
public final class Sequences {
    private Sequences() {}

    /// The steps one under the other: `T` matrices `n × w` become one `(T·n) × w` matrix, so a
    /// dense read-out layer can see every step in one call.
    public static Matrix stack(List<Matrix> steps) {
        int n = steps.getFirst().rows(), w = steps.getFirst().cols();
        double[] all = new double[steps.size() * n * w];
        for (int t = 0; t < steps.size(); t++) {
            steps.get(t).requireSameShape(steps.getFirst(), "stack at step " + (t + 1));
            System.arraycopy(steps.get(t).toArray(), 0, all, t * n * w, n * w);
        }
        return Matrix.wrap(steps.size() * n, w, all);
    }

    /// Undoes `stack`: a `(T·n) × w` matrix back into `T` matrices `n × w`.
    public static List<Matrix> unstack(Matrix stacked, int steps) {
        if (steps <= 0 || stacked.rows() % steps != 0) {
            throw new IllegalArgumentException("cannot split %s into %d steps"
                    .formatted(stacked.shape(), steps));
        }
        int n = stacked.rows() / steps;
        List<Matrix> out = new ArrayList<>();
        for (int t = 0; t < steps; t++) out.add(stacked.rowRange(t * n, (t + 1) * n));
        return out;
    }

    /// One batch of `T` steps, each `n × in`, of numbers drawn from `N(0, std²)`.
    public static List<Matrix> gaussian(int steps, int n, int in, double std, Rng rng) {
        List<Matrix> out = new ArrayList<>();
        for (int t = 0; t < steps; t++) out.add(Matrix.gaussian(n, in, std, rng));
        return out;
    }
}
