package backprop;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "4.4", title = "Backward rules for tanh and pow", file = "backprop/Node.java",
        hints = {
            "Copy the shape of mul: make out, set out.backwardRule to a lambda that adds to "
                    + "this.grad, return out.",
            "tanh: this.grad += (1 - out.data * out.data) * out.grad;  pow: "
                    + "this.grad += k * Math.pow(data, k - 1) * out.grad;"})
class NodeTest {

    private static void check(String what, double expected, double actual, String cause) {
        if (Double.isNaN(actual) || Math.abs(actual - expected) > 1e-9) {
            throw new AssertionError("%s is %s but should be %s (tolerance 1e-9).%s"
                    .formatted(what, Expect.number(actual), Expect.number(expected), cause));
        }
    }

    @Test
    void tanhForwardAndBackward() {
        Node x = Node.of(0.5);
        Node y = x.tanh();
        if (y == null) throw new AssertionError("Node.of(0.5).tanh() returned null");
        check("Node.of(0.5).tanh().data()", Math.tanh(0.5), y.data(), "");
        y.backward();
        double t = Math.tanh(0.5);
        String cause = Math.abs(x.grad() - (1 - t)) < 1e-9
                ? " Likely cause: 1 − tanh, not 1 − tanh²."
                : Math.abs(x.grad()) < 1e-12
                        ? " Likely cause: the backward rule never adds to this.grad." : "";
        check("after y = x.tanh() and y.backward() with x = 0.5, x.grad()",
                1 - t * t, x.grad(), cause);
    }

    @Test
    void powForwardAndBackward() {
        for (double k : new double[] {3, -1, 0.5}) {
            Node x = Node.of(2);
            Node y = x.pow(k);
            if (y == null) throw new AssertionError("Node.of(2).pow(" + k + ") returned null");
            check("Node.of(2).pow(%s).data()".formatted(Expect.number(k)),
                    Math.pow(2, k), y.data(), "");
            y.backward();
            double want = k * Math.pow(2, k - 1); // d(xᵏ)/dx = k·xᵏ⁻¹
            String cause = Math.abs(x.grad() - k * Math.pow(2, k)) < 1e-9
                    ? " Likely cause: the exponent must drop by one, k·x^(k−1)." : "";
            check("after y = x.pow(%s) and y.backward() with x = 2, x.grad()"
                    .formatted(Expect.number(k)), want, x.grad(), cause);
        }
    }

    @Test
    void aNodeUsedTwiceCollectsBothContributions() {
        // f(x) = tanh(x)·x + x³ at x = 0.7; f'(x) = (1 − tanh²x)·x + tanh x + 3x², worked by hand.
        double v = 0.7, t = Math.tanh(v);
        Node x = Node.of(v);
        Node f = x.tanh().mul(x).add(x.pow(3));
        f.backward();
        check("f(x) = tanh(x)·x + x³ at x = 0.7: f.data()", t * v + v * v * v, f.data(), "");
        check("f(x) = tanh(x)·x + x³ at x = 0.7: x.grad()",
                (1 - t * t) * v + t + 3 * v * v, x.grad(), " Likely cause: use += in the "
                        + "backward rule (x receives a gradient along three paths).");
    }
}
