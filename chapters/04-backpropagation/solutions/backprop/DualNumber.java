package backprop;

/// Exercise 4.6: a dual number `value + derivative·ε` with `ε² = 0`, like the engine's `Dual`.
/// `add` is done; write `mul`, `div` and `exp`.
public record DualNumber(double value, double derivative) {

    /// The input we differentiate by: derivative 1.
    public static DualNumber variable(double value) { return new DualNumber(value, 1); }

    /// A fixed input: derivative 0.
    public static DualNumber constant(double value) { return new DualNumber(value, 0); }

    public DualNumber add(DualNumber o) {
        return new DualNumber(value + o.value, derivative + o.derivative);
    }

    /// `(a + a′ε)(b + b′ε)`, multiplied out with `ε² = 0`.
    public DualNumber mul(DualNumber o) {
        return new DualNumber(value * o.value, derivative * o.value + value * o.derivative);
    }

    /// `a / b`: the value `a/b` and the quotient rule's derivative.
    public DualNumber div(DualNumber o) {
        return new DualNumber(value / o.value,
                (derivative * o.value - value * o.derivative) / (o.value * o.value));
    }

    /// `e^a`: the chain rule with `exp′ = exp`.
    public DualNumber exp() {
        double e = Math.exp(value);
        return new DualNumber(e, e * derivative);
    }
}
