package nn.activations;

import nn.math.Matrix;

/// Softmax `aⱼ = e^(zⱼ) / Σₖ e^(zₖ)`, applied to each row of an `n × k` matrix, turning `k`
/// scores into `k` probabilities that sum to 1. Taught in chapter 6 with cross-entropy.
///
/// Softmax is not entry-wise (every output depends on the whole row), so it is not an
/// `Activation`; its backward pass needs the row's outputs, not just one `z`.
public final class Softmax {
    private Softmax() {}

    // tag::softmax[]
    /// Row-wise softmax. Subtracting the row maximum first leaves the result unchanged
    /// (it cancels between numerator and denominator) and keeps every `e^(...)` at most 1.
    public static Matrix apply(Matrix z) {
        z.requireFinite("softmax input");
        double[][] a = z.toArray2d();
        for (double[] row : a) {
            double max = max(row);
            double sum = 0;
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.exp(row[j] - max);
                sum += row[j];
            }
            for (int j = 0; j < row.length; j++) row[j] /= sum;
        }
        return Matrix.of(a);
    }
    // end::softmax[]

    // tag::softmax-backward[]
    /// The Jacobian-vector product `gradIn = a ⊙ (gradOut − Σⱼ gradOutⱼ·aⱼ)`, row by row, where
    /// `a = softmax(z)`; it follows from `∂aᵢ/∂zⱼ = aᵢ·(δᵢⱼ − aⱼ)`. Shapes `n × k`.
    public static Matrix backward(Matrix a, Matrix gradOut) {
        a.requireSameShape(gradOut, "softmax backward");
        Matrix dot = gradOut.hadamard(a).rowSums(); // n × 1: Σⱼ gradOutⱼ·aⱼ per row
        double[][] gradIn = gradOut.toArray2d();
        for (int i = 0; i < gradIn.length; i++) {
            for (int j = 0; j < gradIn[i].length; j++) {
                gradIn[i][j] = a.get(i, j) * (gradIn[i][j] - dot.get(i, 0));
            }
        }
        return Matrix.of(gradIn);
    }
    // end::softmax-backward[]

    // tag::log-sum-exp[]
    /// `ln Σⱼ e^(zⱼ)`, computed as `m + ln Σⱼ e^(zⱼ − m)` with `m = max zⱼ` so it cannot overflow.
    public static double logSumExp(double[] row) {
        double max = max(row);
        double sum = 0;
        for (double z : row) sum += Math.exp(z - max);
        return max + Math.log(sum);
    }
    // end::log-sum-exp[]

    private static double max(double[] row) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : row) max = Math.max(max, z);
        return max;
    }
}
