package nn.recurrent;

import nn.activations.Activation;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/// A gated recurrent unit (Cho and others, 2014). Each step computes an update gate
/// `z = σ(·)` and a reset gate `r = σ(·)` from `xₜ` and `hₜ₋₁`, a candidate
/// `ñ = tanh(xₜ·W_xn + (r ⊙ hₜ₋₁)·W_hn + b_n)`, and mixes: `hₜ = (1 − z) ⊙ ñ + z ⊙ hₜ₋₁`;
/// `h₀ = 0`. Taught in chapter 14. Shapes: `xₜ` is `n × in`, `hₜ` is `n × hidden`.
public final class Gru implements SequenceLayer {
    private static final Activation SIGMOID = new Activation.Sigmoid();
    private final Affine update, reset, candidate;
    private List<Step> steps; // written by forward, read by backward

    /// What one step computed, kept for its backward pass.
    public record Step(Matrix x, Matrix hPrevious, Matrix z, Matrix r, Matrix resetH, Matrix n,
                       Matrix h) {}

    /// The gradients one step hands back: to its input and to the previous state.
    public record StepGradients(Matrix x, Matrix hPrevious) {}

    /// Xavier-uniform weights; the update gate's bias starts at `updateBias` (positive: keep
    /// the old state by default), the other biases at 0.
    public Gru(int in, int hidden, double updateBias, Rng rng) {
        this.update = new Affine("z", in, hidden, updateBias, rng);
        this.reset = new Affine("r", in, hidden, 0, rng);
        this.candidate = new Affine("n", in, hidden, 0, rng);
    }

    // tag::gru-step[]
    /// One step: the two gates, the candidate, then `hₜ = (1 − z) ⊙ ñ + z ⊙ hₜ₋₁`.
    public Step step(Matrix x, Matrix hPrevious) {
        Matrix z = update.forward(x, hPrevious).map(SIGMOID::apply);   // how much to keep
        Matrix r = reset.forward(x, hPrevious).map(SIGMOID::apply);    // how much past to use
        Matrix resetH = r.hadamard(hPrevious);                         // r ⊙ hₜ₋₁
        Matrix n = candidate.forward(x, resetH).map(Math::tanh);       // the candidate ñ
        Matrix h = n.plus(z.hadamard(hPrevious.minus(n)));             // (1 − z)⊙ñ + z⊙hₜ₋₁
        return new Step(x, hPrevious, z, r, resetH, n, h);
    }
    // end::gru-step[]

    // tag::gru-step-backward[]
    /// One step backwards from `gradH = ∂L/∂hₜ`.
    public StepGradients stepBackward(Step s, Matrix gradH) {
        Matrix dzz = gradH.hadamard(s.hPrevious().minus(s.n())).hadamard(sigmoidSlope(s.z()));
        Matrix dzn = gradH.hadamard(s.z().map(v -> 1 - v)).hadamard(s.n().map(v -> 1 - v * v));
        candidate.backward(s.x(), s.resetH(), dzn);
        Matrix gradResetH = candidate.gradH(dzn);                      // ∂L/∂(r ⊙ hₜ₋₁)
        Matrix dzr = gradResetH.hadamard(s.hPrevious()).hadamard(sigmoidSlope(s.r()));
        update.backward(s.x(), s.hPrevious(), dzz);
        reset.backward(s.x(), s.hPrevious(), dzr);
        Matrix gradHPrevious = gradH.hadamard(s.z())                   // the direct path z⊙hₜ₋₁
                .plus(gradResetH.hadamard(s.r()))                      // through r ⊙ hₜ₋₁
                .plus(update.gradH(dzz)).plus(reset.gradH(dzr));       // through the gates
        Matrix gradX = update.gradX(dzz).plus(reset.gradX(dzr)).plus(candidate.gradX(dzn));
        return new StepGradients(gradX, gradHPrevious);
    }
    // end::gru-step-backward[]

    /// `σ'(z) = a(1 − a)` from the gate's value `a = σ(z)`.
    private static Matrix sigmoidSlope(Matrix a) { return a.map(v -> v * (1 - v)); }

    public List<Matrix> forward(List<Matrix> xs) {
        SequenceLayer.requireSteps(this, xs);
        Matrix h = Matrix.zeros(xs.getFirst().rows(), hidden());
        steps = new ArrayList<>();
        for (Matrix x : xs) {
            Step s = step(x, h);
            steps.add(s);
            h = s.h();
        }
        return steps.stream().map(Step::h).toList();
    }

    public Gradients backward(List<Matrix> gradOuts) {
        SequenceLayer.requireMatching(this, gradOuts,
                steps == null ? null : steps.stream().map(Step::h).toList());
        int count = steps.size();
        Matrix[] gradXs = new Matrix[count], gradHs = new Matrix[count];
        Matrix gradH = Matrix.zeros(steps.getFirst().h().rows(), hidden());
        for (int t = count; t >= 1; t--) {
            Matrix direct = gradOuts.get(t - 1);
            if (direct != null) gradH = gradH.plus(direct);
            gradHs[t - 1] = gradH;
            StepGradients back = stepBackward(steps.get(t - 1), gradH);
            gradXs[t - 1] = back.x();
            gradH = back.hPrevious();
        }
        return new Gradients(Arrays.asList(gradXs), Arrays.asList(gradHs), gradH);
    }

    public List<Parameter> parameters() {
        return Stream.of(update, reset, candidate).flatMap(a -> a.parameters().stream()).toList();
    }

    public int in() { return update.in(); }

    public int hidden() { return update.hidden(); }

    @Override
    public String toString() { return "Gru(%d → %d)".formatted(in(), hidden()); }
}
