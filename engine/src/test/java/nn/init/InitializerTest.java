package nn.init;

import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class InitializerTest {
    static final int FAN_IN = 500, FAN_OUT = 400;

    static List<Initializer> all() { return Initializer.all(); }

    @Test
    void all_containsOneOfEveryRule() {
        long kinds = Initializer.all().stream().map(Object::getClass).distinct().count();
        assertEquals(Initializer.class.getPermittedSubclasses().length, kinds);
    }

    @ParameterizedTest
    @MethodSource("all")
    void init_returnsFanInByFanOut(Initializer init) {
        Matrix w = init.init(3, 5, new Rng(1));
        assertEquals("3×5", w.shape());
    }

    /// The formulas written out again here (not read from `variance`), so a typo in either
    /// place fails. With N = 200,000 samples the relative standard error of a sample
    /// variance is √((κ − 1)/N): 0.32 % for normal samples (κ = 3), 0.20 % for uniform
    /// (κ = 1.8). A 2 % tolerance is more than six standard errors, yet a wrong formula
    /// (e.g. fanIn for fanIn + fanOut, off by 1.8×) is far outside it.
    @ParameterizedTest
    @MethodSource("all")
    void sampleVariance_matchesFormula(Initializer init) {
        double expected = switch (init) {
            case Initializer.Zeros z -> 0;
            case Initializer.Constant c -> 0;
            case Initializer.Normal n -> n.std() * n.std();
            case Initializer.Uniform u -> u.limit() * u.limit() / 3;
            case Initializer.XavierNormal x -> 2.0 / (FAN_IN + FAN_OUT);
            case Initializer.XavierUniform x -> 6.0 / (FAN_IN + FAN_OUT) / 3;
            case Initializer.HeNormal h -> 2.0 / FAN_IN;
            case Initializer.HeUniform h -> 6.0 / FAN_IN / 3;
            case Initializer.LeCunNormal l -> 1.0 / FAN_IN;
        };
        double[] w = init.init(FAN_IN, FAN_OUT, new Rng(42)).toArray();
        double mean = Arrays.stream(w).average().orElseThrow();
        double variance = Arrays.stream(w).map(v -> (v - mean) * (v - mean)).sum() / w.length;
        assertEquals(expected, variance, 0.02 * expected, init.toString());
        assertEquals(expected, init.variance(FAN_IN, FAN_OUT), 1e-15, init.toString());
    }

    @Test
    void constant_fillsEveryEntry() {
        Matrix w = new Initializer.Constant(0.25).init(2, 3, new Rng(1));
        assertEquals(Matrix.filled(2, 3, 0.25), w);
    }

    @Test
    void sameSeed_sameWeights() {
        var he = new Initializer.HeNormal();
        assertEquals(he.init(4, 3, new Rng(7)), he.init(4, 3, new Rng(7)));
    }

    @Test
    void negativeStd_isRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Initializer.Normal(-1));
        assertEquals("std must be >= 0, got -1.0", e.getMessage());
    }
}
