package nn.recurrent;

import nn.activations.Activation;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/// A long short-term memory layer (Hochreiter and Schmidhuber, 1997, with the forget gate of
/// Gers and others, 2000). Each step computes four gates from `xₜ` and `hₜ₋₁`,
/// `f = σ(·)`, `i = σ(·)`, `g = tanh(·)`, `o = σ(·)`, then the cell state
/// `cₜ = f ⊙ cₜ₋₁ + i ⊙ g` and the hidden state `hₜ = o ⊙ tanh(cₜ)`; `h₀ = c₀ = 0`.
/// Taught in chapter 14. Shapes: `xₜ` is `n × in`, `hₜ` and `cₜ` are `n × hidden`.
public final class Lstm implements SequenceLayer {
    private static final Activation SIGMOID = new Activation.Sigmoid();
    private final Affine forget, input, candidate, output;
    private List<Step> steps; // written by forward, read by backward

    /// What one step computed, kept for its backward pass.
    public record Step(Matrix x, Matrix hPrevious, Matrix cPrevious,
                       Matrix f, Matrix i, Matrix g, Matrix o, Matrix c, Matrix h) {}

    /// The gradients one step hands back: to its input and to the previous `h` and `c`.
    public record StepGradients(Matrix x, Matrix hPrevious, Matrix cPrevious) {}

    /// Xavier-uniform weights; the forget gate's bias starts at `forgetBias` (1 is the usual
    /// choice: remember by default), the other biases at 0.
    public Lstm(int in, int hidden, double forgetBias, Rng rng) {
        this.forget = new Affine("f", in, hidden, forgetBias, rng);
        this.input = new Affine("i", in, hidden, 0, rng);
        this.candidate = new Affine("g", in, hidden, 0, rng);
        this.output = new Affine("o", in, hidden, 0, rng);
    }

    // tag::lstm-step[]
    /// One step: the four gates, then `cₜ = f ⊙ cₜ₋₁ + i ⊙ g` and `hₜ = o ⊙ tanh(cₜ)`.
    public Step step(Matrix x, Matrix hPrevious, Matrix cPrevious) {
        Matrix f = forget.forward(x, hPrevious).map(SIGMOID::apply);  // keep how much of c
        Matrix i = input.forward(x, hPrevious).map(SIGMOID::apply);   // write how much
        Matrix g = candidate.forward(x, hPrevious).map(Math::tanh);   // write what
        Matrix o = output.forward(x, hPrevious).map(SIGMOID::apply);  // show how much
        Matrix c = f.hadamard(cPrevious).plus(i.hadamard(g));         // cₜ = f⊙cₜ₋₁ + i⊙g
        Matrix h = o.hadamard(c.map(Math::tanh));                     // hₜ = o⊙tanh(cₜ)
        return new Step(x, hPrevious, cPrevious, f, i, g, o, c, h);
    }
    // end::lstm-step[]

    // tag::lstm-step-backward[]
    /// One step backwards, from `gradH = ∂L/∂hₜ` and `gradC = ∂L/∂cₜ` (from step `t + 1`).
    public StepGradients stepBackward(Step s, Matrix gradH, Matrix gradC) {
        Matrix tanhC = s.c().map(Math::tanh);
        Matrix dc = gradC.plus(gradH.hadamard(s.o()).hadamard(tanhC.map(v -> 1 - v * v)));
        Matrix dzf = dc.hadamard(s.cPrevious()).hadamard(sigmoidSlope(s.f())); // via f⊙cₜ₋₁
        Matrix dzi = dc.hadamard(s.g()).hadamard(sigmoidSlope(s.i()));         // via i⊙g
        Matrix dzg = dc.hadamard(s.i()).hadamard(s.g().map(v -> 1 - v * v));  // via i⊙g
        Matrix dzo = gradH.hadamard(tanhC).hadamard(sigmoidSlope(s.o()));      // via o⊙tanh(c)
        Matrix gradX = Matrix.zeros(s.x().rows(), in());
        Matrix gradHPrevious = Matrix.zeros(s.h().rows(), hidden());
        for (var gate : List.of(new Gate(forget, dzf), new Gate(input, dzi),
                new Gate(candidate, dzg), new Gate(output, dzo))) {
            gate.affine().backward(s.x(), s.hPrevious(), gate.gradZ());
            gradX = gradX.plus(gate.affine().gradX(gate.gradZ()));
            gradHPrevious = gradHPrevious.plus(gate.affine().gradH(gate.gradZ()));
        }
        return new StepGradients(gradX, gradHPrevious, dc.hadamard(s.f())); // ∂L/∂cₜ₋₁ = dc⊙f
    }
    // end::lstm-step-backward[]

    private record Gate(Affine affine, Matrix gradZ) {}

    /// `σ'(z) = a(1 − a)` from the gate's value `a = σ(z)`.
    private static Matrix sigmoidSlope(Matrix a) { return a.map(v -> v * (1 - v)); }

    public List<Matrix> forward(List<Matrix> xs) {
        SequenceLayer.requireSteps(this, xs);
        Matrix h = Matrix.zeros(xs.getFirst().rows(), hidden()), c = h;
        steps = new ArrayList<>();
        for (Matrix x : xs) {
            Step s = step(x, h, c);
            steps.add(s);
            h = s.h();
            c = s.c();
        }
        return steps.stream().map(Step::h).toList();
    }

    // tag::lstm-bptt[]
    public Gradients backward(List<Matrix> gradOuts) {
        SequenceLayer.requireMatching(this, gradOuts,
                steps == null ? null : steps.stream().map(Step::h).toList());
        int count = steps.size();
        Matrix[] gradXs = new Matrix[count], gradHs = new Matrix[count];
        Matrix gradH = Matrix.zeros(steps.getFirst().h().rows(), hidden()), gradC = gradH;
        for (int t = count; t >= 1; t--) {
            Matrix direct = gradOuts.get(t - 1);
            if (direct != null) gradH = gradH.plus(direct);
            gradHs[t - 1] = gradH;
            StepGradients back = stepBackward(steps.get(t - 1), gradH, gradC);
            gradXs[t - 1] = back.x();
            gradH = back.hPrevious(); // two paths back in time: through h ...
            gradC = back.cPrevious(); // ... and along the cell state
        }
        return new Gradients(Arrays.asList(gradXs), Arrays.asList(gradHs), gradH);
    }
    // end::lstm-bptt[]

    public List<Parameter> parameters() {
        return Stream.of(forget, input, candidate, output)
                .flatMap(a -> a.parameters().stream()).toList();
    }

    public int in() { return forget.in(); }

    public int hidden() { return forget.hidden(); }

    /// The steps of the last forward pass (gate values included), for inspection.
    public List<Step> steps() { return List.copyOf(steps); }

    @Override
    public String toString() { return "Lstm(%d → %d)".formatted(in(), hidden()); }
}
