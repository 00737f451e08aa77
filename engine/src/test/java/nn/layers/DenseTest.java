package nn.layers;

import nn.gradcheck.GradientCheck;
import nn.init.Initializer;
import nn.math.MatMul;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class DenseTest {

    @Test
    void forward_computesXTimesWPlusB() {
        // worked by hand: [1, 2]·[[1, 0, -1], [2, 1, 0]] + [0.5, 0, 0] = [5.5, 2, -1]
        Dense dense = Dense.of(Matrix.of(new double[]{1, 0, -1}, new double[]{2, 1, 0}),
                Matrix.row(0.5, 0, 0));
        assertEquals(Matrix.row(5.5, 2, -1), dense.forward(Matrix.row(1, 2)));
    }

    @Test
    void backward_worksOutGradientsByHand() {
        // x = [[1, 2], [3, 4]], W = I, dz = [[1, 0], [0, 1]]:
        // dW = xᵀ·dz = [[1, 3], [2, 4]], db = [1, 1], dx = dz·Wᵀ = dz
        Dense dense = Dense.of(Matrix.identity(2), Matrix.zeros(1, 2));
        dense.forward(Matrix.of(new double[]{1, 2}, new double[]{3, 4}));
        Matrix gradIn = dense.backward(Matrix.identity(2));
        assertEquals(Matrix.of(new double[]{1, 3}, new double[]{2, 4}), dense.weights().grad());
        assertEquals(Matrix.row(1, 1), dense.bias().grad());
        assertEquals(Matrix.identity(2), gradIn);
    }

    @Test
    void backward_accumulatesOverCalls() {
        Dense dense = Dense.of(Matrix.identity(2), Matrix.zeros(1, 2));
        for (int k = 0; k < 2; k++) {
            dense.forward(Matrix.row(1, 2));
            dense.backward(Matrix.row(1, 1));
        }
        assertEquals(Matrix.row(2, 2), dense.bias().grad());
    }

    @Test
    void backwardParameters_accumulatesWhatBackwardDoes() {
        Rng rng = new Rng(6);
        Matrix weights = Matrix.gaussian(4, 3, 1, rng), bias = Matrix.gaussian(1, 3, 1, rng);
        Matrix x = Matrix.gaussian(5, 4, 1, rng), gradOut = Matrix.gaussian(5, 3, 1, rng);
        Dense full = Dense.of(weights, bias), partial = Dense.of(weights, bias);
        for (int k = 0; k < 2; k++) { // twice: both accumulate
            full.forward(x);
            full.backward(gradOut);
            partial.forward(x);
            partial.backwardParameters(gradOut);
        }
        assertEquals(full.weights().grad(), partial.weights().grad());
        assertEquals(full.bias().grad(), partial.bias().grad());
        Matrix twice = MatMul.naive(x.transpose(), gradOut).scale(2); // dW = xᵀ·dz, two batches
        assertTrue(twice.minus(full.weights().grad()).norm() < 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void backward_matchesFiniteDifferences(long seed) {
        Rng rng = new Rng(seed);
        int n = 1 + rng.nextInt(5), in = 1 + rng.nextInt(6), out = 1 + rng.nextInt(6);
        Dense dense = new Dense(in, out, new Initializer.Normal(1), rng);
        dense.bias().value().copyFrom(Matrix.gaussian(1, out, 1, rng)); // nonzero bias
        var report = GradientCheck.layer(dense, Matrix.gaussian(n, in, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void forward_rejectsWrongWidth_namingShapes() {
        Dense dense = new Dense(2, 3, new Rng(1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> dense.forward(Matrix.zeros(4, 5)));
        assertEquals("Dense(2 → 3) expects inputs with 2 columns, got 4×5", e.getMessage());
    }

    @Test
    void backward_rejectsWrongGradOutShape() {
        Dense dense = new Dense(2, 3, new Rng(1));
        dense.forward(Matrix.zeros(4, 2));
        var e = assertThrows(IllegalArgumentException.class,
                () -> dense.backward(Matrix.zeros(4, 2)));
        assertEquals("Dense(2 → 3) backward expects gradOut of shape 4×3, got 4×2", e.getMessage());
    }

    @Test
    void of_rejectsBiasOfWrongShape() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Dense.of(Matrix.zeros(2, 3), Matrix.zeros(1, 2)));
        assertEquals("weights 2×3 need a bias of shape 1×3, got 1×2", e.getMessage());
    }

    @Test
    void of_copiesTheGivenMatrices() {
        Matrix w = Matrix.identity(2);
        Dense dense = Dense.of(w, Matrix.zeros(1, 2));
        dense.weights().value().set(0, 0, 5);
        assertEquals(1, w.get(0, 0));
    }

    @Test
    void parameters_areWeightsThenBias() {
        Dense dense = new Dense(3, 2, new Rng(1));
        assertEquals("[W 3×2, b 1×2]", dense.parameters().toString());
    }

    @Test
    void forward_withANaNInput_namesTheEntry() {
        var dense = new Dense(2, 3, new Rng(1));
        var x = Matrix.of(new double[] {1, 2}, new double[] {3, Double.NaN});
        var e = assertThrows(IllegalArgumentException.class, () -> dense.forward(x));
        assertEquals("Dense(2 → 3) input has NaN at row 1, column 1", e.getMessage());
    }

    @Test
    void forward_withOverflowingWeights_saysTrainingDiverged() {
        var dense = Dense.of(Matrix.of(new double[] {1e308}, new double[] {1e308}),
                Matrix.zeros(1, 1));
        var e = assertThrows(IllegalStateException.class,
                () -> dense.forward(Matrix.of(new double[] {10, 10})));
        assertEquals("Dense(2 → 1) output has Infinity at row 0, column 0: its weights have"
                + " grown too large (training diverged?)", e.getMessage());
    }
}
