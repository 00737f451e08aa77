package forwardprop;

import java.util.ArrayList;
import java.util.List;

/// Exercise 3.3: the shape of every quantity in a fully connected network.
public final class NetworkShapes {
    private NetworkShapes() {}

    /// A matrix shape, `rows × cols`.
    public record Shape(int rows, int cols) {}

    /// The shapes of one layer's weights `W`, bias `b` and output `a`.
    public record LayerShapes(Shape w, Shape b, Shape a) {}

    /// For a network with layer sizes `sizes` (e.g. `4, 8, 6, 3`: 4 inputs, 3 outputs) fed a
    /// batch of `n` examples, returns one `LayerShapes` per layer, first layer first, in the
    /// book's row convention (`a⁽ˡ⁾ = f(a⁽ˡ⁻¹⁾·W⁽ˡ⁾ + b⁽ˡ⁾)`, one example per row).
    public static List<LayerShapes> of(int n, int... sizes) {
        List<LayerShapes> shapes = new ArrayList<>();
        // Your code here, e.g.
        // shapes.add(new LayerShapes(new Shape(..), new Shape(..), new Shape(..)));
        throw new UnsupportedOperationException("exercise 3.3 not attempted yet");
    }

    /// The number of trainable numbers (all weights and biases) of a network with layer sizes
    /// `sizes`.
    public static int parameterCount(int... sizes) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 3.3 not attempted yet");
    }
}
