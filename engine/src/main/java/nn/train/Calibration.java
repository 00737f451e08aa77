package nn.train;

import nn.math.Matrix;

import java.util.Arrays;

/// How well a classifier's confidence matches its accuracy: the predictions are sorted into
/// `bins` equal-width bins by their confidence (the largest probability of the row), and each
/// bin holds its mean confidence, its accuracy and its count. Taught in chapter 11.
///
/// A calibrated classifier is right 80 % of the time when it says 80 %: every bin's accuracy
/// equals its confidence, and the expected calibration error is 0. Empty bins hold `NaN`.
public record Calibration(double[] confidence, double[] accuracy, int[] count) {

    // tag::calibration[]
    /// The bins of the `n × k` probability rows against the true classes `labels`.
    public static Calibration of(Matrix probabilities, int[] labels, int bins) {
        if (labels.length != probabilities.rows() || bins < 1) {
            throw new IllegalArgumentException("calibration needs one label per row and bins >= 1,"
                    + " got %d rows, %d labels, %d bins"
                            .formatted(probabilities.rows(), labels.length, bins));
        }
        double[] confidence = new double[bins], accuracy = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < labels.length; i++) {
            int predicted = probabilities.argmaxOfRow(i);
            double p = probabilities.get(i, predicted);               // the confidence
            int b = Math.min(bins - 1, (int) (p * bins));              // bin [b/bins, (b+1)/bins)
            confidence[b] += p;
            accuracy[b] += predicted == labels[i] ? 1 : 0;
            count[b]++;
        }
        for (int b = 0; b < bins; b++) {
            confidence[b] /= count[b];                                 // NaN for an empty bin
            accuracy[b] /= count[b];
        }
        return new Calibration(confidence, accuracy, count);
    }

    /// `ECE = Σ_b (n_b / n)·|accuracy_b − confidence_b|`, over the non-empty bins.
    public double expectedError() {
        int n = Arrays.stream(count).sum();
        double ece = 0;
        for (int b = 0; b < count.length; b++) {
            if (count[b] > 0) ece += count[b] * Math.abs(accuracy[b] - confidence[b]) / n;
        }
        return ece;
    }
    // end::calibration[]

    public double[] confidence() { return confidence.clone(); }

    public double[] accuracy() { return accuracy.clone(); }

    public int[] count() { return count.clone(); }
}
