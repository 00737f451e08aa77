package initialization;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "8.1", title = "Xavier limits", file = "initialization/XavierLimits.java",
        hints = {
            "The target variance is 2 / (fanIn + fanOut). A uniform U(−l, l) has variance l²/3.",
            "Solve l²/3 = 2/(fanIn + fanOut) for l: Math.sqrt(6.0 / (fanIn + fanOut)). For the "
                    + "normal case, σ = Math.sqrt(2.0 / (fanIn + fanOut)). Watch integer "
                    + "division."})
class XavierLimitsTest {

    @Test
    void uniformLimit() {
        // √(6 / (3 + 5)) = √0.75; √(6 / (100 + 200)) = √0.02.
        Expect.near("XavierLimits.uniformLimit(3, 5)", Math.sqrt(0.75),
                XavierLimits.uniformLimit(3, 5), 1e-12);
        Expect.near("XavierLimits.uniformLimit(100, 200)", Math.sqrt(0.02),
                XavierLimits.uniformLimit(100, 200), 1e-12);
        Expect.near("XavierLimits.uniformLimit(1, 1)", Math.sqrt(3),
                XavierLimits.uniformLimit(1, 1), 1e-12);
    }

    @Test
    void normalStd() {
        // √(2 / 8) = 0.5; √(2 / 200) = 0.1.
        Expect.near("XavierLimits.normalStd(3, 5)", 0.5, XavierLimits.normalStd(3, 5), 1e-12);
        Expect.near("XavierLimits.normalStd(100, 100)", 0.1,
                XavierLimits.normalStd(100, 100), 1e-12);
    }
}
