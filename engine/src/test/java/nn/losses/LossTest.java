package nn.losses;

import nn.activations.Activation;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LossTest {

    static List<Loss> losses() {
        return Loss.all();
    }

    /// Predictions and targets on which `loss` is defined and smooth.
    record Case(Matrix yHat, Matrix y) {}

    @Test
    void all_containsOneInstanceOfEveryMember() {
        Set<Class<?>> members = Set.of(Loss.class.getPermittedSubclasses());
        List<Class<?>> listed = Loss.all().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(members, Set.copyOf(listed), "Loss.all() must list every record");
        assertEquals(members.size(), listed.size(), "Loss.all() lists a member twice");
    }

    @ParameterizedTest
    @MethodSource("losses")
    void gradient_matchesFiniteDifferences(Loss loss) {
        for (long seed = 1; seed <= 6; seed++) {
            Rng rng = new Rng(seed); // a random n × k shape and random values per seed
            Case c = validCase(loss, 1 + rng.nextInt(5), 2 + rng.nextInt(3), rng);
            Report report = GradientCheck.compare(loss.name(), c.yHat(),
                    m -> loss.value(m, c.y()), loss.gradient(c.yHat(), c.y()));
            assertTrue(report.passed(1e-7), () -> "worst: " + report.worst());
        }
    }

    /// Random valid inputs: probabilities in (0.05, 0.95) for BCE/CCE, one-hot targets for the
    /// categorical losses, and residuals kept away from the kinks of MAE (0) and Huber (±δ).
    /// Binary targets and logits of moderate size (std 1) keep every gradient entry away from 0,
    /// where round-off in the summed loss would swamp the central difference.
    static Case validCase(Loss loss, int n, int k, Rng rng) {
        return switch (loss) {
            case MeanSquaredError _, MeanAbsoluteError _, Huber _ -> {
                Matrix yHat = Matrix.gaussian(n, k, 1, rng);
                yield new Case(yHat, yHat.minus(residuals(n, k, rng)));
            }
            case BinaryCrossEntropy _ -> new Case(
                    Matrix.uniform(n, k, 0.05, 0.95, rng), binary(n, k, rng));
            case BinaryCrossEntropyWithLogits _ -> new Case(
                    Matrix.gaussian(n, k, 1, rng), binary(n, k, rng));
            case CategoricalCrossEntropy _ -> new Case(
                    Matrix.uniform(n, k, 0.05, 0.95, rng), oneHot(n, k, rng));
            case SoftmaxCrossEntropy _ -> new Case(
                    Matrix.gaussian(n, k, 1, rng), oneHot(n, k, rng));
        };
    }

    /// Residuals `ŷ − y` with `|r|` in [0.1, 0.9] or [1.1, 3]: away from 0 and from δ = 1.
    private static Matrix residuals(int n, int k, Rng rng) {
        return Matrix.zeros(n, k).map(ignored -> {
            double size = rng.uniform() < 0.5 ? rng.uniform(0.1, 0.9) : rng.uniform(1.1, 3);
            return rng.uniform() < 0.5 ? -size : size;
        });
    }

    private static Matrix binary(int n, int k, Rng rng) {
        return Matrix.zeros(n, k).map(ignored -> rng.nextInt(2));
    }

    private static Matrix oneHot(int n, int k, Rng rng) {
        Matrix y = Matrix.zeros(n, k);
        for (int i = 0; i < n; i++) y.set(i, rng.nextInt(k), 1);
        return y;
    }

    // Each case worked by hand:
    //   MSE   residuals 1, 0, 0, −2: (1 + 4)/2 rows = 2.5
    //   MAE   (1 + 2)/2 = 1.5
    //   Huber δ = 1: ½·1² + 1·(2 − ½) = 2, over 2 rows = 1
    //   BCE   −(ln 0.5 + ln(1 − 0.8))/2 = (ln 2 + ln 5)/2 = ln(10)/2
    //   BCE with logits: z = 0 gives σ = ½, so −ln ½ = ln 2 per entry whatever y is; one row of
    //         two entries sums to 2·ln 2
    //   CCE   −(ln 0.75 + ln 0.5)/2 = ln(8/3)/2
    //   Softmax CE: softmax(0, ln 2, ln 3) = (1/6, 2/6, 3/6), target class 2: −ln(1/2) = ln 2
    @ParameterizedTest
    @MethodSource("losses")
    void value_matchesHandWorkedCase(Loss loss) {
        Matrix regressionYHat = Matrix.of(new double[] {1, 2}, new double[] {3, 4});
        Matrix regressionY = Matrix.of(new double[] {0, 2}, new double[] {3, 6});
        Matrix pairYHat = Matrix.of(new double[] {0.25, 0.75}, new double[] {0.5, 0.5});
        Matrix pairY = Matrix.of(new double[] {0, 1}, new double[] {1, 0});
        double[] expectedAndActual = switch (loss) {
            case MeanSquaredError _ -> pair(2.5, loss.value(regressionYHat, regressionY));
            case MeanAbsoluteError _ -> pair(1.5, loss.value(regressionYHat, regressionY));
            case Huber _ -> pair(1, loss.value(regressionYHat, regressionY));
            case BinaryCrossEntropy _ -> pair(Math.log(10) / 2,
                    loss.value(Matrix.column(0.5, 0.8), Matrix.column(1, 0)));
            case BinaryCrossEntropyWithLogits _ -> pair(2 * Math.log(2),
                    loss.value(Matrix.row(0, 0), Matrix.row(1, 0.3)));
            case CategoricalCrossEntropy _ -> pair(Math.log(8 / 3.0) / 2,
                    loss.value(pairYHat, pairY));
            case SoftmaxCrossEntropy _ -> pair(Math.log(2),
                    loss.value(Matrix.row(0, Math.log(2), Math.log(3)), Matrix.row(0, 0, 1)));
        };
        assertEquals(expectedAndActual[0], expectedAndActual[1], 1e-15);
    }

    private static double[] pair(double expected, double actual) {
        return new double[] {expected, actual};
    }

    @ParameterizedTest
    @MethodSource("losses")
    void shapeMismatch_namesBothShapes(Loss loss) {
        Matrix yHat = Matrix.filled(2, 3, 0.5);
        Matrix y = Matrix.filled(3, 2, 0.5);
        List<Runnable> calls = List.of(() -> loss.value(yHat, y), () -> loss.gradient(yHat, y));
        for (Runnable call : calls) {
            String message = assertThrows(IllegalArgumentException.class, call::run).getMessage();
            assertTrue(message.contains("2×3") && message.contains("3×2"), message);
        }
    }

    @ParameterizedTest
    @MethodSource("losses")
    void emptyBatch_isRejectedRatherThanNaN(Loss loss) {
        Matrix none = Matrix.zeros(0, 2);
        for (Runnable call : List.<Runnable>of(() -> loss.value(none, none),
                () -> loss.gradient(none, none))) {
            var e = assertThrows(IllegalArgumentException.class, call::run);
            assertEquals("loss needs at least one example, got ŷ 0×2", e.getMessage());
        }
    }

    @Test
    void crossEntropies_rejectTargetsOutsideZeroOne() {
        Matrix yHat = Matrix.column(0.5, 0.5);
        Matrix y = Matrix.column(1, 1.5);
        for (Loss loss : List.of(new BinaryCrossEntropy(), new BinaryCrossEntropyWithLogits(),
                new CategoricalCrossEntropy())) {
            var e = assertThrows(IllegalArgumentException.class, () -> loss.value(yHat, y));
            assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("1.5"),
                    e.getMessage());
        }
    }

    @Test
    void softmaxCrossEntropy_rejectsTargetRowsThatDoNotSumToOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SoftmaxCrossEntropy()
                .gradient(Matrix.zeros(2, 2), Matrix.of(new double[] {0, 1}, new double[] {1, 1})));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void softmaxCrossEntropy_gradientIsSoftmaxMinusTargetOverN() {
        Rng rng = new Rng(5);
        Matrix z = Matrix.gaussian(3, 4, 1, rng);
        Matrix y = oneHot(3, 4, rng);
        Matrix gradient = new SoftmaxCrossEntropy().gradient(z, y);
        for (int i = 0; i < 3; i++) {
            double sum = 0; // softmax written out directly (no max shift: z is small)
            for (int j = 0; j < 4; j++) sum += Math.exp(z.get(i, j));
            for (int j = 0; j < 4; j++) {
                double expected = (Math.exp(z.get(i, j)) / sum - y.get(i, j)) / 3;
                assertEquals(expected, gradient.get(i, j), 1e-15);
            }
        }
    }

    @Test
    void bceWithLogits_equalsBceOfSigmoid() {
        Rng rng = new Rng(6);
        Matrix z = Matrix.gaussian(4, 3, 2, rng);
        Matrix y = Matrix.uniform(4, 3, 0, 1, rng);
        Matrix p = new Activation.Sigmoid().apply(z);
        var withLogits = new BinaryCrossEntropyWithLogits();
        var bce = new BinaryCrossEntropy();
        assertEquals(bce.value(p, y), withLogits.value(z, y), 1e-12);
        // Chain rule: ∂L/∂z = ∂L/∂p · σ'(z).
        Matrix chained = bce.gradient(p, y).hadamard(new Activation.Sigmoid().derivative(z));
        assertArrayEquals(chained.toArray(), withLogits.gradient(z, y).toArray(), 1e-12);
    }

    @Test
    void bceWithLogits_staysFiniteForHugeLogits() {
        var loss = new BinaryCrossEntropyWithLogits();
        Matrix z = Matrix.column(1000, -1000);
        assertEquals(0, loss.value(z, Matrix.column(1, 0)));
        assertEquals(1000, loss.value(z, Matrix.column(0, 1))); // (1000 + 1000)/2
        assertArrayEquals(new double[] {0.5, -0.5},
                loss.gradient(z, Matrix.column(0, 1)).toArray()); // (σ(z) − y)/2
    }

    @Test
    void bce_clipsCertainWrongAnswersToAFiniteLoss() {
        double loss = new BinaryCrossEntropy().value(Matrix.row(0.0), Matrix.row(1.0));
        assertEquals(-Math.log(BinaryCrossEntropy.EPSILON), loss, 1e-9); // about 27.63
    }
}
