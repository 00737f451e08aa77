package nn.autograd;

/// A dual number `value + derivative·ε` with `ε² = 0`: forward-mode automatic differentiation.
/// Every operation computes its result and, by the chain rule, the derivative of that result
/// along one input direction. Taught in chapter 4, as the contrast to `Value`'s reverse mode.
///
/// Seed the input you differentiate by with `variable(x)` (derivative 1) and every other
/// input with `constant(c)` (derivative 0); one pass then gives `f(x)` and `∂f/∂x`.
public record Dual(double value, double derivative) {

    /// An input we differentiate by: `dx/dx = 1`.
    public static Dual variable(double value) { return new Dual(value, 1); }

    /// An input we hold fixed: derivative 0.
    public static Dual constant(double value) { return new Dual(value, 0); }

    // tag::dual-rules[]
    public Dual add(Dual o) { return new Dual(value + o.value, derivative + o.derivative); }

    public Dual sub(Dual o) { return new Dual(value - o.value, derivative - o.derivative); }

    public Dual mul(Dual o) { // (a + a′ε)(b + b′ε) = ab + (a′b + ab′)ε, since ε² = 0
        return new Dual(value * o.value, derivative * o.value + value * o.derivative);
    }

    public Dual tanh() {
        double t = Math.tanh(value);
        return new Dual(t, (1 - t * t) * derivative); // tanh′ = 1 − tanh²
    }
    // end::dual-rules[]

    public Dual div(Dual o) { // (a/b)′ = (a′b − ab′)/b²
        return new Dual(value / o.value,
                (derivative * o.value - value * o.derivative) / (o.value * o.value));
    }

    public Dual pow(double k) {
        return new Dual(Math.pow(value, k), k * Math.pow(value, k - 1) * derivative);
    }

    public Dual exp() {
        double e = Math.exp(value);
        return new Dual(e, e * derivative);
    }

    public Dual log() { return new Dual(Math.log(value), derivative / value); }

    public Dual sin() { return new Dual(Math.sin(value), Math.cos(value) * derivative); }

    public Dual sigmoid() {
        double s = value >= 0 ? 1 / (1 + Math.exp(-value))
                : Math.exp(value) / (1 + Math.exp(value)); // no overflow either way
        return new Dual(s, s * (1 - s) * derivative);
    }
}
