package recurrent;

/// Exercise 14.2: how many numbers a recurrent layer learns, for `in` inputs and `hidden`
/// hidden units.
public final class ParameterCounts {
    private ParameterCounts() {}

    /// A plain RNN: `hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)`.
    public static long rnn(int in, int hidden) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 14.2 not attempted yet");
    }

    /// An LSTM: the gates `f`, `i`, `o` and the candidate `g`.
    public static long lstm(int in, int hidden) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 14.2 not attempted yet");
    }

    /// A GRU: the gates `z`, `r` and the candidate `ñ`.
    public static long gru(int in, int hidden) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 14.2 not attempted yet");
    }
}
