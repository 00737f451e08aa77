package nn.attention;

import static org.junit.jupiter.api.Assertions.*;

import nn.activations.Activation;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.init.Initializer;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

class ResidualTest {

    @Test
    void backward_matchesFiniteDifferences() {
        var rng = new Rng(31);
        var block = new Residual(new Sequential(new Dense(3, 3, rng),
                new ActivationLayer(new Activation.Tanh())));
        Report report = GradientCheck.layer(block, Matrix.gaussian(4, 3, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void aBranchOfZerosIsTheIdentity_forwardAndBackward() {
        var rng = new Rng(32);
        var block = new Residual(new Dense(2, 2, new Initializer.Zeros(), rng));
        Matrix x = Matrix.gaussian(3, 2, 1, rng), dy = Matrix.gaussian(3, 2, 1, rng);
        assertEquals(x, block.forward(x));
        assertEquals(dy, block.backward(dy));
    }

    @Test
    void rejectsABranchThatChangesTheShape() {
        var block = new Residual(new Dense(2, 3, new Rng(33)));
        var e = assertThrows(IllegalArgumentException.class,
                () -> block.forward(Matrix.zeros(1, 2)));
        assertEquals("a residual connection needs f(x) of x's shape 1×2, but Dense(2 → 3) gave 1×3",
                e.getMessage());
    }
}
