package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.activations.Activation;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

// The MLP uses tanh, not ReLU: a finite difference across ReLU's kink at 0 would be wrong.
class TransformerBlockTest {

    @Test
    void preNormBackward_matchesFiniteDifferences() {
        var rng = new Rng(41);
        var block = TransformerBlock.preNorm(4, 6, 3, true, new Activation.Tanh(), rng);
        Report report = GradientCheck.layer(block, Matrix.gaussian(6, 4, 1, rng), rng);
        assertTrue(report.passed(1e-6), () -> report.worst().toString());
        assertEquals(6 * 4 + 2 * (4 + 4) + 3 * 16 + 4 * 6 + 6 + 6 * 4 + 4, report.entries().size());
    }

    @Test
    void postNormBackward_matchesFiniteDifferences() {
        var rng = new Rng(42);
        var block = TransformerBlock.postNorm(4, 6, 3, false, new Activation.Tanh(), rng);
        Report report = GradientCheck.layer(block, Matrix.gaussian(6, 4, 1, rng), rng);
        assertTrue(report.passed(1e-6), () -> report.worst().toString());
    }

    @Test
    void postNormOutputs_areNormalizedRows_preNormOutputsAreNot() {
        var rng = new Rng(43);
        Matrix x = Matrix.gaussian(3, 4, 3, rng);
        Matrix post = TransformerBlock.postNorm(4, 5, 3, false, new Activation.Tanh(), rng)
                .forward(x);
        Matrix pre = TransformerBlock.preNorm(4, 5, 3, false, new Activation.Tanh(), rng)
                .forward(x);
        assertEquals(0, post.row(0).mean(), 1e-9);
        assertTrue(Math.abs(pre.row(0).mean()) > 1e-3);
    }

    @Test
    void attention_isTheBlocksOwn() {
        var rng = new Rng(44);
        var block = TransformerBlock.preNorm(2, 3, 2, false, new Activation.Tanh(), rng);
        block.forward(Matrix.gaussian(2, 2, 1, rng));
        assertEquals("2×2", block.attention().weights(0).shape());
    }
}
