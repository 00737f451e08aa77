package approximation;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "9.1", title = "A bump from two sigmoids", file = "approximation/Bump.java",
        hints = {
            "The bump is one sigmoid switching on at a minus one switching on at b. At the "
                    + "centre x = (a + b)/2 both arguments have size k·width/2.",
            "At the centre the bump is σ(kw/2) − σ(−kw/2) = 2σ(kw/2) − 1 = tanh(kw/4). Solve "
                    + "tanh(kw/4) = 1 − ε for k with atanh(y) = ½·ln((1 + y)/(1 − y))."})
class BumpTest {

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static void checkValue(double x, double a, double b, double k) {
        double expected = sigmoid(k * (x - a)) - sigmoid(k * (x - b));
        Expect.near("Bump.value(x=%s, a=%s, b=%s, k=%s)".formatted(Expect.number(x),
                Expect.number(a), Expect.number(b), Expect.number(k)), expected,
                Bump.value(x, a, b, k), 1e-12);
    }

    @Test
    void valueIsTheDifferenceOfTwoSigmoids() {
        checkValue(0.5, 0.4, 0.6, 100);  // inside: about 0.9866
        checkValue(0.2, 0.4, 0.6, 30);   // left of the bump: about 0.0025
        checkValue(0.9, 0.4, 0.6, 30);   // right of the bump
        checkValue(0.4, 0.4, 0.6, 10);   // at the left edge
        checkValue(-1, -2, 3, 1);
    }

    @Test
    void valueAtTheCentreByHand() {
        // k = 2, a = −1, b = 1, x = 0: σ(2) − σ(−2) = 0.8808 − 0.1192 = 0.7616 = tanh(1).
        Expect.near("Bump.value(x=0, a=-1, b=1, k=2)",
                Math.tanh(1), Bump.value(0, -1, 1, 2), 1e-12);
    }

    private static void checkSteepness(double width, double eps) {
        String call = "Bump.steepnessFor(width=%s, eps=%s)".formatted(Expect.number(width),
                Expect.number(eps));
        double k = Bump.steepnessFor(width, eps);
        double centre = sigmoid(k * width / 2) - sigmoid(-k * width / 2);
        if (!(Math.abs(centre - (1 - eps)) <= 1e-9)) {
            throw new AssertionError(("%s returned k = %s; with it the bump of width %s is %s at "
                    + "its centre, but the smallest k gives exactly 1 − eps = %s there")
                    .formatted(call, k, Expect.number(width), centre, 1 - eps));
        }
    }

    @Test
    void steepnessReachesOneMinusEpsAtTheCentre() {
        checkSteepness(0.2, 0.01);
        checkSteepness(0.2, 0.1);
        checkSteepness(1, 0.5);
        checkSteepness(0.01, 1e-4);
    }

    @Test
    void steepnessByHand() {
        // width 4, eps = 1 − tanh(1): tanh(4k/4) = tanh(k) = tanh(1), so k = 1.
        Expect.near("Bump.steepnessFor(width=4, eps=1 − tanh(1))", 1,
                Bump.steepnessFor(4, 1 - Math.tanh(1)), 1e-9);
    }

    @Test
    void rejectsBadArguments() {
        Expect.rejects("Bump.steepnessFor(width=0, eps=0.1)", () -> Bump.steepnessFor(0, 0.1),
                "a bump needs a positive width");
        Expect.rejects("Bump.steepnessFor(width=1, eps=0)", () -> Bump.steepnessFor(1, 0),
                "no finite k reaches exactly 1");
        Expect.rejects("Bump.steepnessFor(width=1, eps=1)", () -> Bump.steepnessFor(1, 1),
                "eps must be below 1");
    }
}
