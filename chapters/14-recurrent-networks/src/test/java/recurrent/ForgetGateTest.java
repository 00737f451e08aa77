package recurrent;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import nn.math.Rng;
import nn.recurrent.Lstm;
import org.junit.jupiter.api.Test;

@Exercise(id = "14.4", title = "The forget gate and the cell path",
        file = "recurrent/ForgetGate.java", hints = {
            "Along the cell path, cₜ depends on cₜ₋₁ only through fₜ ⊙ cₜ₋₁: each step back "
                    + "multiplies by fₜ, with no tanh slope and no weight matrix.",
            "With inputs 0 every gate is f = σ(b), so T steps keep σ(b)ᵀ. Solve σ(b)ᵀ = keep "
                    + "for σ(b), then invert the sigmoid: σ⁻¹(p) = ln(p / (1 − p))."})
class ForgetGateTest {

    @Test
    void cellPathGradientByHand() {
        Expect.near("ForgetGate.cellPathGradient([0.5, 0.9, 1])", 0.45,
                ForgetGate.cellPathGradient(new double[] {0.5, 0.9, 1}), 1e-15);
    }

    @Test
    void cellPathGradientIsWhatTheLstmHandsBack() {
        // With no gradient into h, one step of the engine's LSTM hands back dc ⊙ f.
        var rng = new Rng(2);
        Lstm lstm = new Lstm(1, 1, 1.0, rng);
        double gradC = 1;
        double[] f = new double[5];
        Matrix h = Matrix.zeros(1, 1), c = Matrix.row(0.3);
        var steps = new java.util.ArrayList<Lstm.Step>();
        for (int t = 0; t < 5; t++) {
            Lstm.Step s = lstm.step(Matrix.row(rng.gaussian()), h, c);
            steps.add(s);
            f[t] = s.f().item();
            h = s.h();
            c = s.c();
        }
        for (int t = 4; t >= 0; t--) {
            gradC = lstm.stepBackward(steps.get(t), Matrix.zeros(1, 1), Matrix.row(gradC))
                    .cPrevious().item();
        }
        Expect.near("ForgetGate.cellPathGradient(the five forget gates of an LSTM)", gradC,
                ForgetGate.cellPathGradient(f), 1e-15);
    }

    @Test
    void biasForKeepsTheAskedFraction() {
        // σ(b)⁴⁰ = 0.5 needs σ(b) = 0.5^(1/40) ≈ 0.98282, b ≈ 4.0467.
        Expect.near("ForgetGate.biasFor(40, 0.5)", 4.046715523172672,
                ForgetGate.biasFor(40, 0.5), 1e-9);
        double b = ForgetGate.biasFor(10, 0.01);
        Expect.near("σ(ForgetGate.biasFor(10, 0.01))¹⁰", 0.01,
                Math.pow(1 / (1 + Math.exp(-b)), 10), 1e-12);
        Expect.near("ForgetGate.biasFor(1, 0.5)", 0, ForgetGate.biasFor(1, 0.5), 1e-12);
    }

    @Test
    void biasForRejectsImpossibleRequests() {
        Expect.rejects("ForgetGate.biasFor(10, 1)", () -> ForgetGate.biasFor(10, 1),
                "keeping everything needs f = 1, an infinite bias");
        Expect.rejects("ForgetGate.biasFor(0, 0.5)", () -> ForgetGate.biasFor(0, 0.5),
                "there must be at least one step");
    }
}
