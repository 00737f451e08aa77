package nn.autograd;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DualTest {

    /// One operation written three ways: on dual numbers, on Values, and on plain doubles.
    record Case(String name, UnaryOperator<Dual> dual, UnaryOperator<Value> value,
            DoubleUnaryOperator plain) {}

    private static final List<Case> CASES = List.of(
            new Case("x·x + 3x", d -> d.mul(d).add(d.mul(Dual.constant(3))),
                    v -> v.mul(v).add(v.mul(3)), x -> x * x + 3 * x),
            new Case("x − 1/x", d -> d.sub(Dual.constant(1).div(d)),
                    v -> v.sub(Value.of(1).div(v)), x -> x - 1 / x),
            new Case("tanh(x)·exp(x)", d -> d.tanh().mul(d.exp()),
                    v -> v.tanh().mul(v.exp()), x -> Math.tanh(x) * Math.exp(x)),
            new Case("log(x)^2.5", d -> d.log().pow(2.5), v -> v.log().pow(2.5),
                    x -> Math.pow(Math.log(x), 2.5)),
            new Case("sigmoid(2x)", d -> d.mul(Dual.constant(2)).sigmoid(),
                    v -> v.mul(2).sigmoid(), x -> 1 / (1 + Math.exp(-2 * x))));

    @Test
    void derivativeMatchesReverseModeAndCentralDifferences() {
        for (Case c : CASES) {
            for (double x : new double[] {1.3, 2.0, 3.7}) {
                Dual d = c.dual().apply(Dual.variable(x));
                Value input = Value.of(x);
                Value out = c.value().apply(input);
                out.backward();
                double h = 1e-5;
                double numeric = (c.plain().applyAsDouble(x + h) - c.plain().applyAsDouble(x - h))
                        / (2 * h);
                assertEquals(c.plain().applyAsDouble(x), d.value(), 1e-12, c.name());
                assertEquals(input.grad(), d.derivative(), 1e-12, c.name() + " vs Value");
                assertEquals(numeric, d.derivative(), 1e-7 * Math.max(1, Math.abs(numeric)),
                        c.name() + " vs central differences");
            }
        }
    }

    @Test
    void productRuleByHand() {
        // f(x, y) = x·y at (3, 4): ∂f/∂x = y = 4 when x is the variable, ∂f/∂y = x = 3.
        Dual byX = Dual.variable(3).mul(Dual.constant(4));
        Dual byY = Dual.constant(3).mul(Dual.variable(4));
        assertEquals(12, byX.value());
        assertEquals(4, byX.derivative());
        assertEquals(3, byY.derivative());
    }

    @Test
    void sinAndSigmoidAtZero() {
        assertEquals(1, Dual.variable(0).sin().derivative(), 1e-15);  // cos 0
        assertEquals(0.25, Dual.variable(0).sigmoid().derivative(), 1e-15); // σ(0)(1 − σ(0))
        assertEquals(0, Dual.variable(-1000).sigmoid().derivative(), 1e-300);
    }
}
