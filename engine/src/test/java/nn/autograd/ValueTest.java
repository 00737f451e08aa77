package nn.autograd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueTest {
    private static final double H = 1e-6;

    record Unary(String name, UnaryOperator<Value> op, double at) {
        @Override public String toString() { return name; }
    }

    record Binary(String name, BinaryOperator<Value> op, double a, double b) {
        @Override public String toString() { return name; }
    }

    // Points away from kinks and edges of the domain (relu at 0, log and pow at a ≤ 0).
    static List<Unary> unaryOps() {
        return List.of(new Unary("neg", Value::neg, 0.7),
                new Unary("pow", v -> v.pow(3), 1.3),
                new Unary("pow-fraction", v -> v.pow(-0.5), 2.1),
                new Unary("exp", Value::exp, 0.4),
                new Unary("log", Value::log, 1.7),
                new Unary("tanh", Value::tanh, -0.6),
                new Unary("sigmoid", Value::sigmoid, 0.9),
                new Unary("relu-positive", Value::relu, 0.8),
                new Unary("relu-negative", Value::relu, -0.8));
    }

    static List<Binary> binaryOps() {
        return List.of(new Binary("add", Value::add, 0.3, -1.2),
                new Binary("sub", Value::sub, 0.3, -1.2),
                new Binary("mul", Value::mul, 0.3, -1.2),
                new Binary("div", Value::div, 0.3, -1.2));
    }

    // L = 1.7·op(x): the factor makes out.grad ≠ 1, so the chain rule inside each rule is tested.
    @ParameterizedTest
    @MethodSource("unaryOps")
    void unaryGradient_matchesFiniteDifferences(Unary u) {
        Value x = Value.of(u.at());
        u.op().apply(x).mul(1.7).backward();
        double numeric = (1.7 * u.op().apply(Value.of(u.at() + H)).data()
                - 1.7 * u.op().apply(Value.of(u.at() - H)).data()) / (2 * H);
        assertClose(numeric, x.grad());
    }

    @ParameterizedTest
    @MethodSource("binaryOps")
    void binaryGradients_matchFiniteDifferences(Binary f) {
        Value a = Value.of(f.a());
        Value b = Value.of(f.b());
        f.op().apply(a, b).mul(1.7).backward();
        double numericA = 1.7 * (f.op().apply(Value.of(f.a() + H), Value.of(f.b())).data()
                - f.op().apply(Value.of(f.a() - H), Value.of(f.b())).data()) / (2 * H);
        double numericB = 1.7 * (f.op().apply(Value.of(f.a()), Value.of(f.b() + H)).data()
                - f.op().apply(Value.of(f.a()), Value.of(f.b() - H)).data()) / (2 * H);
        assertClose(numericA, a.grad());
        assertClose(numericB, b.grad());
    }

    private static void assertClose(double numeric, double analytic) {
        double error = Math.abs(numeric - analytic)
                / Math.max(1e-12, Math.abs(numeric) + Math.abs(analytic));
        assertTrue(error < 1e-7, "analytic %s, numeric %s".formatted(analytic, numeric));
    }

    @Test
    void forward_matchesKnownValues() {
        assertEquals(5, Value.of(2).add(Value.of(3)).data());
        assertEquals(-1, Value.of(2).sub(Value.of(3)).data());
        assertEquals(6, Value.of(2).mul(Value.of(3)).data());
        assertEquals(0.5, Value.of(2).div(Value.of(4)).data());
        assertEquals(8, Value.of(2).pow(3).data());
        assertEquals(Math.E, Value.of(1).exp().data());
        assertEquals(1, Value.of(Math.E).log().data(), 1e-16);
        assertEquals(0.5, Value.of(0).sigmoid().data());
        assertEquals(0, Value.of(-3).relu().data());
    }

    @Test
    void gradients_accumulateWhenANodeIsUsedTwice() {
        Value a = Value.of(3);
        a.add(a).backward(); // d(a + a)/da = 2, one contribution from each use
        assertEquals(2, a.grad());

        Value b = Value.of(3);
        b.mul(b).backward(); // d(b·b)/db = 2b
        assertEquals(6, b.grad());
    }

    @Test
    void backwardTwice_accumulatesUnlessGradIsZeroed() {
        Value w = Value.of(2);
        Value loss = w.mul(5);
        loss.backward();
        loss.backward();
        assertEquals(10, w.grad());
        w.zeroGrad();
        loss.backward();
        assertEquals(5, w.grad());
    }

    @Test
    void topologicalOrder_putsChildrenBeforeParentsAndEachNodeOnce() {
        Value a = Value.of(2).label("a");
        Value b = a.mul(a).label("b");
        Value c = b.add(a).label("c");
        List<Value> order = c.topologicalOrder();
        assertEquals(List.of("a", "b", "c"), order.stream().map(Value::label).toList());
        assertSame(c, order.getLast());
        assertEquals("+", c.op());
        assertEquals(List.of(b, a), c.children());
    }

    // The example from micrograd's README. Expected values from mpmath at 30 digits (mpmath.diff
    // on the same formula); the README, checked against PyTorch, prints 24.7041, 138.8338 and
    // 645.5773.
    @Test
    void backward_reproducesMicrogradReadmeExample() {
        Value a = Value.of(-4);
        Value b = Value.of(2);
        Value c = a.add(b);
        Value d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(Value.of(1).add(c).add(a.neg()));
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(Value.of(3).mul(d).add(b.sub(a).relu()));
        Value e = c.sub(d);
        Value f = e.pow(2);
        Value g = f.div(Value.of(2));
        g = g.add(Value.of(10).div(f));
        g.backward();
        assertEquals(24.7040816326530612244897959184, g.data(), 1e-12);
        assertEquals(138.833819241982507288629737609, a.grad(), 1e-10);
        assertEquals(645.577259475218658892128279883, b.grad(), 1e-10);
    }
}
