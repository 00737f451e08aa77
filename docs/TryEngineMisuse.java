///usr/bin/env sh "$(dirname "$0")/../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../engine/src/main/java/**.java

import nn.activations.Softmax;
import nn.layers.Dense;
import nn.losses.MeanSquaredError;
import nn.math.Matrix;
import nn.math.Rng;

/// Misuses the engine in one of the ways docs/bad-inputs.md lists, chosen by name:
/// `./jbang docs/TryEngineMisuse.java negative-shape`. Each prints one `error: …` line.
void main(String[] args) {
    Rng rng = new Rng(1);
    String name = args.length == 1 ? args[0] : "";
    Object result = switch (name) {
        case "negative-shape" -> Matrix.zeros(-1, 2);
        case "huge" -> Matrix.zeros(65536, 65536);
        case "empty" -> Matrix.of();
        case "empty-times" -> Matrix.of().times(Matrix.zeros(2, 2));
        case "empty-mean" -> Matrix.of().mean();
        case "empty-max" -> Matrix.of().max();
        case "ragged" -> Matrix.of(new double[] {1, 2}, new double[] {3});
        case "wrap" -> Matrix.wrap(2, 2, new double[3]);
        case "outside" -> Matrix.zeros(2, 2).get(2, 0);
        case "times" -> Matrix.zeros(4, 3).times(Matrix.zeros(2, 5));
        case "plus" -> Matrix.zeros(4, 3).plus(Matrix.zeros(3, 4));
        case "linspace" -> Matrix.linspace(0, 1, 1);
        case "softmax-infinity" -> Softmax.apply(Matrix.row(Double.POSITIVE_INFINITY, 0));
        case "dense-nan" -> new Dense(2, 3, rng).forward(Matrix.row(Double.NaN, 1));
        case "dense-width" -> new Dense(2, 3, rng).forward(Matrix.zeros(5, 4));
        case "dense-zero" -> new Dense(0, 3, rng);
        case "loss-shapes" -> new MeanSquaredError().value(Matrix.zeros(4, 1), Matrix.zeros(3, 1));
        case "loss-empty" -> new MeanSquaredError().value(Matrix.zeros(0, 1), Matrix.zeros(0, 1));
        default -> {
            System.err.println("usage: ./jbang docs/TryEngineMisuse.java <case>, with a case "
                    + "from docs/bad-inputs.md such as negative-shape");
            System.exit(2);
            yield null;
        }
    };
    IO.println("no error; got " + (result instanceof Matrix m ? "a " + m.shape() + " matrix"
            : result));
}
