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
        if (kernels.length != strides.length) {
            throw new IllegalArgumentException("%d kernels but %d strides"
                    .formatted(kernels.length, strides.length));
        }
        int field = 1, jump = 1; // jump: input positions between neighbours of this layer
        for (int l = 0; l < kernels.length; l++) {
            if (kernels[l] < 1 || strides[l] < 1) {
                throw new IllegalArgumentException("layer %d has kernel %d and stride %d"
                        .formatted(l, kernels[l], strides[l]));
            }
            field += (kernels[l] - 1) * jump;
            jump *= strides[l];
        }
        return field;
    }
}
