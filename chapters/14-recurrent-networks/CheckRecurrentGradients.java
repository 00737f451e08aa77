///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.gradcheck.Report;
import nn.math.Rng;
import nn.recurrent.Gru;
import nn.recurrent.Lstm;
import nn.recurrent.Rnn;
import nn.recurrent.SequenceGradientCheck;
import nn.recurrent.SequenceLayer;
import nn.recurrent.Sequences;

/// Chapter 14: backpropagation through time in the three recurrent layers, checked against
/// central differences over a whole sequence.
void main() {
    var rng = new Rng(14);
    // tag::check[]
    List<SequenceLayer> layers = List.of(new Rnn(3, 4, rng), new Lstm(3, 4, 1.0, rng),
            new Gru(3, 4, 1.0, rng));
    for (SequenceLayer layer : layers) {
        var xs = Sequences.gaussian(6, 2, 3, 1, rng);  // 6 steps, batch of 2, 3 inputs
        Report report = SequenceGradientCheck.check(layer, xs, rng);
        Report.Entry worst = report.worst();
        IO.println("%-12s %3d entries  worst %-4s %.10f vs %.10f, error %.1e"
                .formatted(layer, report.entries().size(), worst.name(), worst.analytic(),
                        worst.numeric(), worst.relativeError()));
    }
    // end::check[]
    // expect: Rnn(3 → 4)    68 entries  worst x3   0.0091704373 vs 0.0091704375, error 7.9e-09
}
