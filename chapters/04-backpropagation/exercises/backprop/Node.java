package backprop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/// Exercise 4.4: a tiny scalar autograd node, like the engine's `Value`. `add` and `mul` are
/// done; write `tanh` and `pow`.
public final class Node {
    double data;
    double grad;
    private final List<Node> children;
    private Runnable backwardRule = () -> {};

    private Node(double data, Node... children) {
        this.data = data;
        this.children = List.of(children);
    }

    public static Node of(double data) { return new Node(data); }

    public double data() { return data; }

    public double grad() { return grad; }

    public Node add(Node other) {
        Node out = new Node(data + other.data, this, other);
        out.backwardRule = () -> {
            this.grad += out.grad;  // ∂(a + b)/∂a = 1
            other.grad += out.grad; // ∂(a + b)/∂b = 1
        };
        return out;
    }

    public Node mul(Node other) {
        Node out = new Node(data * other.data, this, other);
        out.backwardRule = () -> {
            this.grad += other.data * out.grad; // ∂(a·b)/∂a = b
            other.grad += this.data * out.grad; // ∂(a·b)/∂b = a
        };
        return out;
    }

    /// `tanh(a)`; its backward rule adds `(1 − tanh²(a))·out.grad` to this node's `grad`.
    public Node tanh() {
        // Your code here: build out = new Node(Math.tanh(data), this), then set out.backwardRule.
        throw new UnsupportedOperationException("exercise 4.4 not attempted yet");
    }

    /// `aᵏ` for a constant `k`; its backward rule adds `k·aᵏ⁻¹·out.grad` to this node's `grad`.
    public Node pow(double k) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 4.4 not attempted yet");
    }

    /// Sets this node's `grad` to 1 and runs every backward rule, outputs before inputs.
    public void backward() {
        List<Node> order = new ArrayList<>();
        visit(this, Collections.newSetFromMap(new IdentityHashMap<>()), order);
        grad = 1;
        for (Node node : order.reversed()) node.backwardRule.run();
    }

    private static void visit(Node node, Set<Node> seen, List<Node> order) {
        if (!seen.add(node)) return;
        for (Node child : node.children) visit(child, seen, order);
        order.add(node);
    }
}
