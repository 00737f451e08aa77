package nn.beyond;

import nn.math.Matrix;

import java.util.ArrayList;
import java.util.List;

/// A plain (Elman) recurrent cell, `hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)`: the same weights read
/// every element of a sequence, and the hidden state `h` carries what it has seen so far.
/// Shapes: `xₜ` is `n × in`, `h` is `n × hidden`, `W_xh` is `in × hidden`, `W_hh` is
/// `hidden × hidden`, `b` is `1 × hidden`. Taught in chapter 12 (forward only).
public record RecurrentCell(Matrix wxh, Matrix whh, Matrix b) {

    public RecurrentCell {
        int hidden = whh.cols();
        if (whh.rows() != hidden || wxh.cols() != hidden || b.rows() != 1 || b.cols() != hidden) {
            throw new IllegalArgumentException(
                    "W_xh must be in × h, W_hh h × h and b 1 × h, got %s, %s and %s"
                            .formatted(wxh.shape(), whh.shape(), b.shape()));
        }
    }

    // tag::rnn-step[]
    /// One time step: `hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)`.
    public Matrix step(Matrix x, Matrix hPrevious) {
        return x.times(wxh).plus(hPrevious.times(whh)).plusRow(b).map(Math::tanh);
    }
    // end::rnn-step[]

    // tag::rnn-unroll[]
    /// Runs the cell over the sequence `xs` from the state `h0`; returns `h₁ … h_T`.
    public List<Matrix> unroll(List<Matrix> xs, Matrix h0) {
        List<Matrix> states = new ArrayList<>();
        Matrix h = h0;
        for (Matrix x : xs) {
            h = step(x, h); // the same weights at every step
            states.add(h);
        }
        return states;
    }
    // end::rnn-unroll[]

    public int hidden() { return whh.cols(); }
}
