package cnn;

/// Exercise 13.4: how much of the input does one output of a stack of layers see? Layer `l`
/// slides a window of `kernels[l]` positions with a step of `strides[l]` over the layer below
/// (a convolution: its kernel size and stride 1; a max pooling: its window and a stride as
/// large). Along one side, the receptive field is
/// `r = 1 + Σₗ (kernels[l] − 1) · strides[0] · … · strides[l−1]`.
public final class ReceptiveField {
    private ReceptiveField() {}

    /// The side of the input patch that one output of the last layer depends on. Throws an
    /// `IllegalArgumentException` if the arrays differ in length or hold a value below 1.
    public static int of(int[] kernels, int[] strides) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 13.4 not attempted yet");
    }
}
