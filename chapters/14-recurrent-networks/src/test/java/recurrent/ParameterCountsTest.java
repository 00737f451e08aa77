package recurrent;

import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.Parameter;
import nn.math.Rng;
import nn.recurrent.Gru;
import nn.recurrent.Lstm;
import nn.recurrent.Rnn;
import nn.recurrent.SequenceLayer;
import org.junit.jupiter.api.Test;

@Exercise(id = "14.2", title = "Parameters of an RNN, an LSTM and a GRU",
        file = "recurrent/ParameterCounts.java", hints = {
            "Count one weighted sum z = x·W_x + h·W_h + b first: two matrices and a bias, with "
                    + "shapes in × hidden, hidden × hidden and 1 × hidden.",
            "Every gate and every candidate has its own weighted sum. An RNN has one; count the "
                    + "σ and tanh of the LSTM's and the GRU's equations (but not the tanh of cₜ, "
                    + "which has no weights)."})
class ParameterCountsTest {

    @Test
    void eightUnitsReadingTwoInputs() {
        // The networks of RememberFirstInput.java: 2·8 + 8·8 + 8 = 88 per weighted sum.
        Expect.equal("ParameterCounts.rnn(2, 8)", 88L, ParameterCounts.rnn(2, 8));
        Expect.equal("ParameterCounts.lstm(2, 8)", 352L, ParameterCounts.lstm(2, 8));
        Expect.equal("ParameterCounts.gru(2, 8)", 264L, ParameterCounts.gru(2, 8));
    }

    @Test
    void matchesTheEnginesLayers() {
        var rng = new Rng(1);
        for (int[] shape : new int[][] {{1, 1}, {3, 4}, {10, 7}}) {
            int in = shape[0], hidden = shape[1];
            String args = "(%d, %d)".formatted(in, hidden);
            Expect.equal("ParameterCounts.rnn" + args, count(new Rnn(in, hidden, rng)),
                    ParameterCounts.rnn(in, hidden));
            Expect.equal("ParameterCounts.lstm" + args, count(new Lstm(in, hidden, 1, rng)),
                    ParameterCounts.lstm(in, hidden));
            Expect.equal("ParameterCounts.gru" + args, count(new Gru(in, hidden, 1, rng)),
                    ParameterCounts.gru(in, hidden));
        }
    }

    @Test
    void largeLayersDoNotOverflow() {
        // 4·(50 000·50 000 + ...) is more than an int holds: count in long.
        Expect.equal("ParameterCounts.lstm(1, 50000)", 4L * (50_000L + 50_000L * 50_000L + 50_000L),
                ParameterCounts.lstm(1, 50_000));
    }

    private static long count(SequenceLayer layer) {
        return layer.parameters().stream().map(Parameter::value).mapToLong(m -> m.size()).sum();
    }
}
