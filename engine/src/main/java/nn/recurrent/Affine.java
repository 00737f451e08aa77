package nn.recurrent;

import nn.init.Initializer;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.List;

/// `z = x·W_x + h·W_h + b`: the weighted sum that a recurrent unit, and each gate of an LSTM or
/// a GRU, computes from the input `x` (`n × in`) and the previous state `h` (`n × hidden`).
/// `W_x` is `in × hidden`, `W_h` is `hidden × hidden`, `b` is `1 × hidden`. Taught in
/// chapter 14. Stateless: the caller keeps the `x` and `h` it passed and hands them back to
/// `backward`.
public final class Affine {
    private final Parameter wx;
    private final Parameter wh;
    private final Parameter b;

    /// Starting weights drawn by Xavier's uniform rule and a constant bias; `name` ends the
    /// parameter names (`"f"` gives `W_xf`, `W_hf` and `b_f`).
    public Affine(String name, int in, int hidden, double bias, Rng rng) {
        this(name, new Initializer.XavierUniform().init(in, hidden, rng),
                new Initializer.XavierUniform().init(hidden, hidden, rng),
                Matrix.filled(1, hidden, bias));
    }

    /// The given weights (copied).
    public Affine(String name, Matrix wx, Matrix wh, Matrix b) {
        int hidden = wh.cols();
        if (wh.rows() != hidden || wx.cols() != hidden || b.rows() != 1 || b.cols() != hidden) {
            throw new IllegalArgumentException(
                    "W_x%s must be in × h, W_h%s h × h and b_%s 1 × h, got %s, %s and %s"
                            .formatted(name, name, name, wx.shape(), wh.shape(), b.shape()));
        }
        this.wx = new Parameter("W_x" + name, wx.copy());
        this.wh = new Parameter("W_h" + name, wh.copy());
        this.b = new Parameter("b_" + name, b.copy());
    }

    // tag::affine[]
    /// `z = x·W_x + h·W_h + b`.
    public Matrix forward(Matrix x, Matrix h) {
        return x.times(wx.value()).plus(h.times(wh.value())).plusRow(b.value());
    }

    /// Adds this step's share to the gradients: `dW_x += xᵀ·dz`, `dW_h += hᵀ·dz`, `db += Σ dz`.
    public void backward(Matrix x, Matrix h, Matrix gradZ) {
        wx.grad().accumulateTransposeTimes(x, gradZ); // dW_x += xᵀ·dz
        wh.grad().accumulateTransposeTimes(h, gradZ); // dW_h += hᵀ·dz
        b.grad().accumulate(gradZ.columnSums());      // db += column sums of dz
    }

    /// `∂L/∂x = dz·W_xᵀ`.
    public Matrix gradX(Matrix gradZ) { return gradZ.timesTranspose(wx.value()); }

    /// `∂L/∂h = dz·W_hᵀ`: the way back to the previous time step.
    public Matrix gradH(Matrix gradZ) { return gradZ.timesTranspose(wh.value()); }
    // end::affine[]

    public List<Parameter> parameters() { return List.of(wx, wh, b); }

    public int in() { return wx.value().rows(); }

    public int hidden() { return wh.value().cols(); }

    public Parameter wx() { return wx; }

    public Parameter wh() { return wh; }

    public Parameter b() { return b; }
}
