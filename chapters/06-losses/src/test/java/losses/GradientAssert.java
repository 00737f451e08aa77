package losses;

import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;

import java.util.function.ToDoubleFunction;

/// Compares a learner's gradient with central differences of a reference loss, naming the first
/// wrong entry with both values.
final class GradientAssert {
    private GradientAssert() {}

    static void matches(String call, Matrix at, ToDoubleFunction<Matrix> reference,
            Matrix analytic) {
        if (analytic == null) throw new AssertionError(call + " returned null");
        if (analytic.rows() != at.rows() || analytic.cols() != at.cols()) {
            throw new AssertionError("%s returned a %s matrix but should return one of ŷ's shape %s"
                    .formatted(call, analytic.shape(), at.shape()));
        }
        Report report = GradientCheck.compare("ŷ", at.copy(), reference, analytic);
        Report.Entry wrong = report.firstWrong(1e-6);
        if (wrong == null) return;
        String ratio = Math.abs(wrong.numeric()) > 1e-12
                ? " Your value is %.4g times the right one."
                        .formatted(wrong.analytic() / wrong.numeric())
                : "";
        throw new AssertionError(("%s: entry [%d][%d] is %.10f, but central differences of the "
                + "loss give %.10f (relative error %.2e, tolerance 1e-6).%s")
                .formatted(call, wrong.row(), wrong.col(), wrong.analytic(), wrong.numeric(),
                        wrong.relativeError(), ratio));
    }
}
