package backprop;

import nn.autograd.Dual;
import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "4.6", title = "Forward mode with dual numbers", file = "backprop/DualNumber.java",
        hints = {
            "Predict first: with x = variable(3), what should x.mul(x) hold, and x.div(x)? "
                    + "Multiply (a + a′ε)(b + b′ε) out on paper and drop the ε² term.",
            "Each method returns a new DualNumber: the ordinary result as its value, and the "
                    + "derivative from the product rule, the quotient rule or the chain rule, "
                    + "written with this.derivative and o.derivative."})
class DualNumberTest {

    private static void check(String call, Dual expected, DualNumber actual) {
        if (actual == null) throw new AssertionError(call + " returned null");
        Expect.near(call + ".value()", expected.value(), actual.value(), 1e-12);
        Expect.near(call + ".derivative()", expected.derivative(), actual.derivative(), 1e-12);
    }

    @Test
    void squareAndRatioByHand() {
        DualNumber x = DualNumber.variable(3);
        check("variable(3).mul(variable(3))", new Dual(9, 6), x.mul(x));
        check("variable(3).div(variable(3))", new Dual(1, 0), x.div(x));
        check("variable(0).exp()", new Dual(1, 1), DualNumber.variable(0).exp());
    }

    @Test
    void agreesWithTheEngineOnAComposedFunction() {
        // f(x) = e^(x·x) / (x + 2), at a few points: product, quotient and chain rule together.
        for (double x : new double[] {-1.5, 0.3, 1.2}) {
            DualNumber d = DualNumber.variable(x);
            DualNumber mine = d.mul(d).exp().div(d.add(DualNumber.constant(2)));
            Dual e = Dual.variable(x);
            Dual engine = e.mul(e).exp().div(e.add(Dual.constant(2)));
            check("f(variable(%s)) with f(x) = e^(x·x) / (x + 2)".formatted(Expect.number(x)),
                    engine, mine);
            double h = 1e-6;
            double numeric = (f(x + h) - f(x - h)) / (2 * h);
            Expect.near("its derivative against central differences", numeric,
                    mine.derivative(), 1e-6);
        }
    }

    @Test
    void constantsHaveNoDerivative() {
        DualNumber c = DualNumber.constant(2);
        check("constant(2).mul(variable(5))", new Dual(10, 2), c.mul(DualNumber.variable(5)));
        check("constant(2).div(variable(4))", new Dual(0.5, -0.125), c.div(DualNumber.variable(4)));
    }

    private static double f(double x) {
        return Math.exp(x * x) / (x + 2);
    }
}
