package nn.autograd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/// A scalar node in a computational graph: its value `data`, the gradient `grad = ∂L/∂(this)`
/// of the final output `L`, the nodes it was computed from, and the rule that passes `grad` on
/// to them. Taught in chapter 4 (after micrograd by Andrej Karpathy).
///
/// Every operation builds a new node and stores its backward rule, a lambda written right below
/// the forward formula. `backward()` visits the graph in reverse topological order; gradients
/// accumulate (`+=`) because a node used twice receives a contribution from each use.
/// `data` changes only through `setData` and `grad` only through backward rules and `zeroGrad`.
public final class Value {
    private double data;
    private double grad;
    private final List<Value> children;
    private final String op;
    private String label = "";
    /// Written once by the operation that creates this node, run by `backward()`.
    private Runnable backwardRule = () -> {};

    private Value(double data, String op, Value... children) {
        this.data = data;
        this.op = op;
        this.children = List.of(children);
    }

    /// A leaf node (an input or a parameter) holding `data`.
    public static Value of(double data) {
        return new Value(data, "");
    }

    // tag::value-add[]
    public Value add(Value other) {
        Value out = new Value(data + other.data, "+", this, other);
        out.backwardRule = () -> {
            this.grad += out.grad;  // ∂(a + b)/∂a = 1
            other.grad += out.grad; // ∂(a + b)/∂b = 1
        };
        return out;
    }
    // end::value-add[]

    public Value sub(Value other) {
        Value out = new Value(data - other.data, "-", this, other);
        out.backwardRule = () -> {
            this.grad += out.grad;  // ∂(a − b)/∂a = 1
            other.grad -= out.grad; // ∂(a − b)/∂b = −1
        };
        return out;
    }

    // tag::value-mul[]
    public Value mul(Value other) {
        Value out = new Value(data * other.data, "*", this, other);
        out.backwardRule = () -> {
            this.grad += other.data * out.grad; // ∂(a·b)/∂a = b
            other.grad += this.data * out.grad; // ∂(a·b)/∂b = a
        };
        return out;
    }
    // end::value-mul[]

    public Value div(Value other) {
        Value out = new Value(data / other.data, "/", this, other);
        out.backwardRule = () -> {
            this.grad += out.grad / other.data;                              // ∂(a/b)/∂a = 1/b
            other.grad -= this.data / (other.data * other.data) * out.grad; // ∂(a/b)/∂b = −a/b²
        };
        return out;
    }

    public Value neg() {
        Value out = new Value(-data, "neg", this);
        out.backwardRule = () -> this.grad -= out.grad; // ∂(−a)/∂a = −1
        return out;
    }

    public Value pow(double k) {
        Value out = new Value(Math.pow(data, k), "^" + k, this);
        out.backwardRule = () -> this.grad += k * Math.pow(data, k - 1) * out.grad; // k·a^(k−1)
        return out;
    }

    public Value exp() {
        Value out = new Value(Math.exp(data), "exp", this);
        out.backwardRule = () -> this.grad += out.data * out.grad; // ∂e^a/∂a = e^a
        return out;
    }

    public Value log() {
        Value out = new Value(Math.log(data), "log", this);
        out.backwardRule = () -> this.grad += out.grad / data; // ∂ln a/∂a = 1/a
        return out;
    }

    // tag::value-tanh[]
    public Value tanh() {
        Value out = new Value(Math.tanh(data), "tanh", this);
        out.backwardRule = () -> this.grad += (1 - out.data * out.data) * out.grad; // 1 − tanh²
        return out;
    }
    // end::value-tanh[]

    public Value sigmoid() {
        double s = data >= 0 ? 1 / (1 + Math.exp(-data)) : Math.exp(data) / (1 + Math.exp(data));
        Value out = new Value(s, "σ", this);
        out.backwardRule = () -> this.grad += s * (1 - s) * out.grad; // σ' = σ(1 − σ)
        return out;
    }

    public Value relu() {
        Value out = new Value(Math.max(0, data), "relu", this);
        out.backwardRule = () -> this.grad += (data > 0 ? 1 : 0) * out.grad; // 1 if a > 0
        return out;
    }

    /// Shorthands with a constant: `add(c)`, `sub(c)` and `mul(c)` wrap `c` in a leaf.
    public Value add(double c) { return add(of(c)); }

    public Value sub(double c) { return sub(of(c)); }

    public Value mul(double c) { return mul(of(c)); }

    // tag::value-backward[]
    /// Sets `grad = 1` here (`∂L/∂L`) and propagates to every node this one depends on,
    /// each node after all the nodes that use it. Other nodes' `grad` accumulate: call
    /// `zeroGrad` on reused leaves before a second `backward`.
    public void backward() {
        List<Value> order = topologicalOrder();
        grad = 1;
        for (Value node : order.reversed()) node.backwardRule.run();
    }

    /// All nodes this one depends on, itself last, each after its children (depth-first).
    public List<Value> topologicalOrder() {
        List<Value> order = new ArrayList<>();
        visit(this, Collections.newSetFromMap(new IdentityHashMap<>()), order);
        return order;
    }

    private static void visit(Value node, Set<Value> seen, List<Value> order) {
        if (!seen.add(node)) return;
        for (Value child : node.children) visit(child, seen, order);
        order.add(node);
    }
    // end::value-backward[]

    public double data() { return data; }

    /// Replaces `data` (a gradient step on a parameter: `w.setData(w.data() − η·w.grad())`).
    public void setData(double data) { this.data = data; }

    public double grad() { return grad; }

    public void zeroGrad() { grad = 0; }

    /// The nodes this one was computed from (empty for a leaf).
    public List<Value> children() { return children; }

    /// The operation that made this node, e.g. `*` or `tanh` (empty for a leaf).
    public String op() { return op; }

    /// A name for drawing the graph, e.g. `w1`; empty unless set.
    public String label() { return label; }

    /// Names this node and returns it, so that `Value.of(2).label("x")` reads naturally.
    public Value label(String label) {
        this.label = label;
        return this;
    }

    @Override
    public String toString() {
        String name = label.isEmpty() ? "Value" : label;
        return "%s(data=%.4f, grad=%.4f)".formatted(name, data, grad);
    }
}
