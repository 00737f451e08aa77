package nn.layers;

import nn.math.Matrix;

import java.util.ArrayList;
import java.util.List;

/// A chain of layers, `y = fₖ(… f₂(f₁(x)))`: forward runs them first to last, backward last to
/// first (the chain rule). Taught in chapter 4.
public final class Sequential implements Layer {
    private final List<Layer> layers;

    public Sequential(Layer... layers) {
        if (layers.length == 0) {
            throw new IllegalArgumentException("Sequential needs at least one layer");
        }
        this.layers = List.of(layers);
    }

    public List<Layer> layers() { return layers; }

    // tag::sequential[]
    // tag::sequential-forward[]
    public Matrix forward(Matrix x) {
        Matrix a = x;
        for (Layer layer : layers) a = layer.forward(a);
        return a;
    }
    // end::sequential-forward[]

    // tag::sequential-backward[]
    public Matrix backward(Matrix gradOut) {
        Matrix grad = gradOut;
        for (Layer layer : layers.reversed()) grad = layer.backward(grad); // chain rule
        return grad;
    }
    // end::sequential-backward[]

    /// `backward` for a model whose input is data: the same parameter gradients, but the first
    /// layer skips `gradIn`, which nobody uses (in an MLP on images, the largest product of
    /// the backward pass). Training loops call this one.
    public void backwardParameters(Matrix gradOut) {
        Matrix grad = gradOut;
        for (int l = layers.size() - 1; l > 0; l--) grad = layers.get(l).backward(grad);
        layers.getFirst().backwardParameters(grad);
    }
    // end::sequential[]

    /// The parameters of all layers, first layer first.
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers) all.addAll(layer.parameters());
        return List.copyOf(all);
    }

    public void setTraining(boolean training) {
        layers.forEach(layer -> layer.setTraining(training));
    }

    /// One line per layer with its number of trainable values, then the total, e.g.
    /// ```
    /// Sequential
    ///   Dense(2 → 4)          12
    ///   Activation(tanh)       0
    ///   total                 12
    /// ```
    public String describe() {
        var out = new StringBuilder("Sequential\n");
        for (Layer layer : layers) {
            String name = layer.describe().split("\n", 2)[0]; // first line if nested
            out.append("  %-20s %6d\n".formatted(name, count(layer.parameters())));
        }
        return out.append("  %-20s %6d".formatted("total", count(parameters()))).toString();
    }

    /// The number of trainable values in `parameters` (the sum of their sizes).
    public static int count(List<Parameter> parameters) {
        return parameters.stream().mapToInt(p -> p.value().size()).sum();
    }
}
