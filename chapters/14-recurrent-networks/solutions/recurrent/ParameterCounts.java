package recurrent;

/// Exercise 14.2: how many numbers a recurrent layer learns, for `in` inputs and `hidden`
/// hidden units.
public final class ParameterCounts {
    private ParameterCounts() {}

    /// One weighted sum `z = x·W_x + h·W_h + b`.
    static long affine(int in, int hidden) {
        return (long) in * hidden + (long) hidden * hidden + hidden;
    }

    /// A plain RNN: `hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)`.
    public static long rnn(int in, int hidden) {
        return affine(in, hidden);
    }

    /// An LSTM: the gates `f`, `i`, `o` and the candidate `g`.
    public static long lstm(int in, int hidden) {
        return 4 * affine(in, hidden);
    }

    /// A GRU: the gates `z`, `r` and the candidate `ñ`.
    public static long gru(int in, int hidden) {
        return 3 * affine(in, hidden);
    }
}
