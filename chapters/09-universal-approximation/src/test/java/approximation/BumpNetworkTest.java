package approximation;

import java.util.function.DoubleUnaryOperator;

import nn.activations.Activation;
import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Layer;
import nn.layers.Sequential;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

@Exercise(id = "9.2", title = "Bumps as a network", file = "approximation/BumpNetwork.java",
        hints = {
            "σ(k(x − t)) = σ(k·x − k·t): one hidden unit with weight k and bias −k·t. Each bump "
                    + "needs two such units, and the output layer adds them with weights +f(m) and "
                    + "−f(m).",
            "Fill arrays w, b (length 2n) for Dense.of(Matrix.row(w), Matrix.row(b)) and v "
                    + "(length 2n) for Dense.of(Matrix.column(v), Matrix.zeros(1, 1)); unit 2i "
                    + "switches on at tᵢ, unit 2i + 1 at tᵢ₊₁."})
class BumpNetworkTest {

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    // The sum of bumps written directly, as in the lesson.
    private static double sumOfBumps(DoubleUnaryOperator f, double lo, double hi, int n,
                                     double k, double x) {
        double h = (hi - lo) / n, g = 0;
        for (int i = 0; i < n; i++) {
            double t = lo + i * h;
            g += f.applyAsDouble(t + h / 2) * (sigmoid(k * (x - t)) - sigmoid(k * (x - t - h)));
        }
        return g;
    }

    private static Sequential built(String call, DoubleUnaryOperator f, double lo, double hi,
                                    int n, double k) {
        Sequential net = BumpNetwork.build(f, lo, hi, n, k);
        if (net == null) throw new AssertionError(call + " returned null");
        var layers = net.layers();
        if (layers.size() != 3 || !(layers.get(0) instanceof Dense hidden)
                || !(layers.get(1) instanceof ActivationLayer act)
                || !(act.activation() instanceof Activation.Sigmoid)
                || !(layers.get(2) instanceof Dense)) {
            var got = layers.stream().map(Layer::describe).toList();
            throw new AssertionError(
                    "%s should return Dense, sigmoid ActivationLayer, Dense; got %s"
                            .formatted(call, got));
        }
        if (hidden.in() != 1 || hidden.out() != 2 * n) {
            throw new AssertionError("%s: the hidden layer should be Dense(1 → %d), two units per "
                    + "bump, but it is %s".formatted(call, 2 * n, hidden.describe()));
        }
        return net;
    }

    private static void check(DoubleUnaryOperator f, String fName, double lo, double hi, int n,
                              double k) {
        String call = "BumpNetwork.build(%s, lo=%s, hi=%s, n=%d, k=%s)".formatted(fName,
                Expect.number(lo), Expect.number(hi), n, Expect.number(k));
        Sequential net = built(call, f, lo, hi, n, k);
        Matrix x = Matrix.linspace(lo - 0.5, hi + 0.5, 57);
        Matrix g = net.forward(x);
        for (int i = 0; i < x.rows(); i++) {
            double xi = x.get(i, 0);
            Expect.near("%s at x = %.4f".formatted(call, xi), sumOfBumps(f, lo, hi, n, k, xi),
                    g.get(i, 0), 1e-9);
        }
    }

    @Test
    void matchesTheSumOfBumps() {
        check(x -> Math.sin(2 * Math.PI * x), "sin(2πx)", 0, 1, 10, 100);
        check(x -> x * x, "x²", -1, 2, 3, 5);
        check(x -> 3, "3", 0, 1, 1, 20);
    }

    @Test
    void equalHeightsTelescope() {
        // f = 1: the inner sigmoids cancel and g(x) = σ(k(x − lo)) − σ(k(x − hi)), one wide bump.
        Sequential net = built("BumpNetwork.build(1, lo=0, hi=1, n=5, k=50)", x -> 1, 0, 1, 5, 50);
        double g = net.forward(Matrix.column(0.5)).item();
        Expect.near("BumpNetwork.build(1, lo=0, hi=1, n=5, k=50) at x = 0.5",
                sigmoid(25) - sigmoid(-25), g, 1e-9);
    }

    @Test
    void manyBumpsApproximateSine() {
        DoubleUnaryOperator f = x -> Math.sin(2 * Math.PI * x);
        Sequential net = built("BumpNetwork.build(sin(2πx), lo=0, hi=1, n=200, k=4000)", f, 0, 1,
                200, 4000);
        Matrix x = Matrix.linspace(0.05, 0.95, 91);
        Matrix g = net.forward(x);
        for (int i = 0; i < x.rows(); i++) {
            double xi = x.get(i, 0);
            Expect.near("200 bumps for sin(2πx) at x = %.2f".formatted(xi), f.applyAsDouble(xi),
                    g.get(i, 0), 0.05);
        }
    }
}
