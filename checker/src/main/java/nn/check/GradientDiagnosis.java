package nn.check;

import nn.math.Matrix;

/// Guesses why an analytic gradient differs from the numerical one, from the usual mistakes:
/// a flipped sign, a missing or extra factor (the batch's `1/n`, a 2 from a square), a
/// transpose, or a gradient that was never written.
final class GradientDiagnosis {
    private GradientDiagnosis() {}

    static String of(Matrix numeric, Matrix analytic) {
        if (analytic.norm() == 0 && numeric.norm() > 0) {
            return "Your gradient is all zeros: is it ever computed or added into the result?";
        }
        if (close(analytic, numeric.scale(-1))) {
            return "The sign is flipped: check y − ŷ against ŷ − y.";
        }
        if (numeric.rows() == numeric.cols() && close(analytic, numeric.transpose())) {
            return "Your gradient is the transpose of the right one: "
                    + "check the order of the product.";
        }
        double ratio = ratio(numeric, analytic);
        if (!Double.isNaN(ratio) && close(analytic, numeric.scale(ratio))) {
            if (Math.abs(ratio - Math.rint(ratio)) < 1e-6 && ratio > 1) {
                return "Every entry is %.0f times too large: a missing division (the batch's 1/n?)"
                        .formatted(ratio);
            }
            if (Math.abs(1 / ratio - Math.rint(1 / ratio)) < 1e-6 && ratio < 1) {
                return ("Every entry is %.0f times too small: an extra division, or a missing "
                        + "factor (2 from a square?)").formatted(1 / ratio);
            }
            return "Every entry is off by the same factor %.4g: look for a constant factor."
                    .formatted(ratio);
        }
        return "The entries are off by different amounts: check the chain rule term by term.";
    }

    /// The least-squares factor `r` with `analytic ≈ r · numeric`.
    private static double ratio(Matrix numeric, Matrix analytic) {
        double dot = 0, norm = 0;
        for (int i = 0; i < numeric.rows(); i++) {
            for (int j = 0; j < numeric.cols(); j++) {
                dot += numeric.get(i, j) * analytic.get(i, j);
                norm += numeric.get(i, j) * numeric.get(i, j);
            }
        }
        return norm == 0 ? Double.NaN : dot / norm;
    }

    private static boolean close(Matrix a, Matrix b) {
        return a.minus(b).norm() <= 1e-6 * Math.max(1e-12, a.norm() + b.norm());
    }
}
