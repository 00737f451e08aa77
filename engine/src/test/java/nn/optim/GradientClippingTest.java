package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GradientClippingTest {

    // gradients [3] and [4] in two parameters: global norm √(9 + 16) = 5
    static List<Parameter> threeFour() {
        Parameter a = new Parameter("a", Matrix.row(0.0));
        Parameter b = new Parameter("b", Matrix.row(0.0));
        a.grad().set(0, 0, 3);
        b.grad().set(0, 0, 4);
        return List.of(a, b);
    }

    @Test
    void clipByGlobalNorm_scalesAllGradientsTogether() {
        var params = threeFour();
        assertEquals(5, GradientClipping.clipByGlobalNorm(params, 1), 1e-15);
        assertEquals(0.6, params.get(0).grad().item(), 1e-15); // 3·1/5
        assertEquals(0.8, params.get(1).grad().item(), 1e-15); // 4·1/5
    }

    @Test
    void clipByGlobalNorm_leavesSmallGradientsAlone() {
        var params = threeFour();
        assertEquals(5, GradientClipping.clipByGlobalNorm(params, 10), 1e-15);
        assertEquals(3, params.get(0).grad().item());
        assertEquals(4, params.get(1).grad().item());
    }

    @Test
    void clipByGlobalNorm_rejectsNonPositiveMaxNorm() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GradientClipping.clipByGlobalNorm(threeFour(), 0));
        assertEquals("maxNorm must be > 0, got 0.0", e.getMessage());
    }
}
