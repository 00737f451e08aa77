package cnn;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

@Exercise(id = "13.4", title = "Receptive field", file = "cnn/ReceptiveField.java", hints = {
        "Predict by drawing one row of pixels: two 3-wide convolutions on top of each other; "
                + "how many pixels does one output of the second depend on?",
        "Walk the layers from the input up and keep two numbers: the field so far, and how "
                + "many input pixels lie between two neighbouring positions of the current layer.",
        "A layer adds (kernel − 1) times that spacing to the field, then multiplies the "
                + "spacing by its stride."})
class ReceptiveFieldTest {

    private static void check(int[] kernels, int[] strides, int expected) {
        String call = "ReceptiveField.of(kernels=%s, strides=%s)"
                .formatted(Arrays.toString(kernels), Arrays.toString(strides));
        Expect.equal(call, expected, ReceptiveField.of(kernels, strides));
    }

    @Test
    void oneLayerSeesItsKernel() {
        check(new int[] {5}, new int[] {1}, 5);
        check(new int[] {2}, new int[] {2}, 2);
    }

    @Test
    void stackedConvolutionsGrowTheField() {
        check(new int[] {3, 3}, new int[] {1, 1}, 5);       // two 3 × 3 see as far as one 5 × 5
        check(new int[] {3, 3, 3}, new int[] {1, 1, 1}, 7);
    }

    @Test
    void poolingMultipliesWhatComesAfter() {
        check(new int[] {2, 3}, new int[] {2, 1}, 6);       // 1 + 1 + 2·2
    }

    @Test
    void theChaptersNetwork() {
        // conv 5, pool 2, conv 5, pool 2: 1 + 4 + 1 + 4·2 + 1·2
        check(new int[] {5, 2, 5, 2}, new int[] {1, 2, 1, 2}, 16);
    }

    @Test
    void rejectsMismatchedArrays() {
        Expect.rejects("ReceptiveField.of(kernels=[3, 3], strides=[1])",
                () -> ReceptiveField.of(new int[] {3, 3}, new int[] {1}),
                "every layer needs a kernel and a stride");
    }
}
