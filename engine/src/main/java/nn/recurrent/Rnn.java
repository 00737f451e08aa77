package nn.recurrent;

import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// A plain (Elman) recurrent layer, `hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)`, with its backward pass:
/// backpropagation through time (BPTT). The forward rule is chapter 12's
/// `nn.beyond.RecurrentCell`; chapter 14 derives and trains the backward pass.
/// Shapes: `xₜ` is `n × in`, `hₜ` is `n × hidden`.
public final class Rnn implements SequenceLayer {
    private final Affine affine; // zₜ = xₜ·W_xh + hₜ₋₁·W_hh + b
    private List<Matrix> xs;     // written by forward, read by backward: x₁ … x_T
    private List<Matrix> hs;     // written by forward, read by backward: h₀ … h_T

    /// Xavier-uniform weights and a zero bias.
    public Rnn(int in, int hidden, Rng rng) {
        this.affine = new Affine("h", in, hidden, 0, rng);
    }

    /// The given weights (copied): `W_xh` is `in × hidden`, `W_hh` `hidden × hidden`, `b`
    /// `1 × hidden`.
    public static Rnn of(Matrix wxh, Matrix whh, Matrix b) {
        return new Rnn(new Affine("h", wxh, whh, b));
    }

    private Rnn(Affine affine) {
        this.affine = affine;
    }

    public List<Matrix> forward(List<Matrix> xs) {
        SequenceLayer.requireSteps(this, xs);
        return forward(xs, Matrix.zeros(xs.getFirst().rows(), hidden()));
    }

    // tag::rnn-forward[]
    /// The states `h₁ … h_T` from the starting state `h0` (truncated BPTT carries the last
    /// state of one chunk into the next).
    public List<Matrix> forward(List<Matrix> xs, Matrix h0) {
        SequenceLayer.requireSteps(this, xs);
        this.xs = List.copyOf(xs);
        this.hs = new ArrayList<>(List.of(h0));
        for (Matrix x : xs) {
            Matrix hPrevious = hs.getLast();
            hs.add(affine.forward(x, hPrevious).map(Math::tanh)); // hₜ = tanh(zₜ)
        }
        return List.copyOf(hs.subList(1, hs.size()));
    }
    // end::rnn-forward[]

    // tag::bptt[]
    public Gradients backward(List<Matrix> gradOuts) {
        SequenceLayer.requireMatching(this, gradOuts, hs == null ? null : hs.subList(1, hs.size()));
        int steps = xs.size();
        Matrix[] gradXs = new Matrix[steps], gradHs = new Matrix[steps];
        Matrix gradH = Matrix.zeros(hs.getFirst().rows(), hidden()); // nothing after step T
        for (int t = steps; t >= 1; t--) {
            Matrix direct = gradOuts.get(t - 1);
            if (direct != null) gradH = gradH.plus(direct);  // ∂L/∂hₜ: the loss at t + later steps
            gradHs[t - 1] = gradH;
            Matrix h = hs.get(t);
            Matrix delta = gradH.hadamard(h.map(v -> 1 - v * v)); // δₜ = ∂L/∂hₜ ⊙ (1 − hₜ²)
            affine.backward(xs.get(t - 1), hs.get(t - 1), delta);  // dW += xₜᵀδₜ, hₜ₋₁ᵀδₜ, δₜ
            gradXs[t - 1] = affine.gradX(delta);                   // ∂L/∂xₜ = δₜ·W_xhᵀ
            gradH = affine.gradH(delta);                           // ∂L/∂hₜ₋₁ = δₜ·W_hhᵀ
        }
        return new Gradients(Arrays.asList(gradXs), Arrays.asList(gradHs), gradH);
    }
    // end::bptt[]

    public List<Parameter> parameters() { return affine.parameters(); }

    public int in() { return affine.in(); }

    public int hidden() { return affine.hidden(); }

    /// `W_hh`, the weights from one step's state to the next.
    public Parameter whh() { return affine.wh(); }

    @Override
    public String toString() { return "Rnn(%d → %d)".formatted(in(), hidden()); }
}
