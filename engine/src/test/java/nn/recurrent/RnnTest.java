package nn.recurrent;

import nn.beyond.RecurrentCell;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RnnTest {

    @Test
    void forward_matchesChapter12sCell() {
        Matrix wxh = Matrix.row(1.0, -0.5), b = Matrix.row(0.0, 0.1);
        Matrix whh = Matrix.of(new double[] {0.5, 0.2}, new double[] {-0.3, 0.8});
        List<Matrix> xs = List.of(Matrix.row(1.0), Matrix.row(0.0), Matrix.row(-1.0));
        List<Matrix> expected = new RecurrentCell(wxh, whh, b).unroll(xs, Matrix.zeros(1, 2));
        assertEquals(expected, Rnn.of(wxh, whh, b).forward(xs));
    }

    @Test
    void backward_oneUnitByHand() {
        // h₁ = tanh(0.5·1) , h₂ = tanh(0.5·0 + 2·h₁); L = h₂, so ∂L/∂h₂ = 1,
        // δ₂ = 1 − h₂², ∂L/∂h₁ = δ₂·w, δ₁ = ∂L/∂h₁·(1 − h₁²), dW_hh = h₁·δ₂ + h₀·δ₁ = h₁·δ₂.
        Rnn rnn = Rnn.of(Matrix.row(0.5), Matrix.row(2.0), Matrix.row(0.0));
        rnn.forward(List.of(Matrix.row(1.0), Matrix.row(0.0)));
        var g = rnn.backward(Arrays.asList(null, Matrix.row(1.0)));
        double h1 = Math.tanh(0.5), h2 = Math.tanh(2 * h1);
        double delta2 = 1 - h2 * h2, gradH1 = delta2 * 2, delta1 = gradH1 * (1 - h1 * h1);
        assertEquals(gradH1, g.states().get(0).item(), 1e-15);
        assertEquals(1.0, g.states().get(1).item(), 1e-15);
        assertEquals(h1 * delta2, rnn.whh().grad().item(), 1e-15);
        assertEquals(delta1 * 0.5, g.inputs().get(0).item(), 1e-15); // ∂L/∂x₁ = δ₁·W_xh
        assertEquals(delta1 * 2, g.initial().item(), 1e-15);        // ∂L/∂h₀ = δ₁·W_hh
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void backward_matchesFiniteDifferences(long seed) {
        Rng rng = new Rng(seed);
        Rnn rnn = new Rnn(3, 4, rng);
        Report report = SequenceGradientCheck.check(rnn, Sequences.gaussian(5, 2, 3, 1, rng), rng);
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void backward_fromAStartingState_givesItsGradient() {
        Rng rng = new Rng(4);
        Rnn rnn = new Rnn(2, 3, rng);
        List<Matrix> xs = Sequences.gaussian(4, 2, 2, 1, rng);
        Matrix h0 = Matrix.gaussian(2, 3, 0.5, rng);
        Matrix r = Matrix.gaussian(2, 3, 1, rng);
        rnn.forward(xs, h0);
        var g = rnn.backward(Arrays.asList(null, null, null, r)); // L = Σ h₄ ⊙ R
        Report report = GradientCheck.compare("h0", h0,
                h -> rnn.forward(xs, h).getLast().hadamard(r).sum(), g.initial());
        assertTrue(report.passed(1e-7), () -> report.worst().toString());
    }

    @Test
    void gradientThroughTimeIsTheProductOfStepJacobians() {
        // With one unit, ∂h_T/∂h₀ = Π w·(1 − hₜ²): backward must give exactly that product.
        double w = 0.9;
        Rnn rnn = Rnn.of(Matrix.row(1.0), Matrix.row(w), Matrix.row(0.0));
        List<Matrix> xs = new ArrayList<>();
        for (int t = 0; t < 20; t++) xs.add(Matrix.row(Math.sin(t)));
        List<Matrix> hs = rnn.forward(xs);
        List<Matrix> gradOuts = new ArrayList<>(java.util.Collections.nCopies(20, (Matrix) null));
        gradOuts.set(19, Matrix.row(1.0));
        double product = 1;
        for (Matrix h : hs) product *= w * (1 - h.item() * h.item());
        assertEquals(product, rnn.backward(gradOuts).initial().item(), 1e-15);
    }

    @Test
    void rejectsMismatchedInputsAndGradients() {
        Rnn rnn = new Rnn(2, 3, new Rng(1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> rnn.forward(List.of(Matrix.zeros(1, 2), Matrix.zeros(1, 5))));
        assertEquals("Rnn(2 → 3) expects steps of shape 1×2, got 1×5 at step 2", e.getMessage());
        assertThrows(IllegalStateException.class, () -> rnn.backward(List.of(Matrix.zeros(1, 3))));
        rnn.forward(List.of(Matrix.zeros(1, 2), Matrix.zeros(1, 2)));
        e = assertThrows(IllegalArgumentException.class,
                () -> rnn.backward(List.of(Matrix.zeros(1, 3))));
        assertEquals("Rnn(2 → 3) read 2 steps but backward got 1 gradients", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rnn.forward(List.of()));
    }
}
