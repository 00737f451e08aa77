package beyond;

import nn.beyond.Convolution;
import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "12.5", title = "Feature map size", file = "beyond/ConvOutputSize.java", hints = {
        "Padding adds p positions on both sides, so the padded input has n + 2p entries.",
        "Integer division in Java already rounds down for non-negative numbers: "
                + "(n + 2 * padding - kernel) / stride + 1.",
        "For the prediction, apply the formula once per layer: each layer's output width is "
                + "the next layer's n."})
class ConvOutputSizeTest {

    private static void check(int n, int kernel, int padding, int stride, int expected) {
        String call = "ConvOutputSize.of(n=%d, kernel=%d, padding=%d, stride=%d)"
                .formatted(n, kernel, padding, stride);
        Expect.equal(call, expected, ConvOutputSize.of(n, kernel, padding, stride));
    }

    @Test
    void validPaddingShrinksTheMap() {
        check(28, 3, 0, 1, 26); // the chapter's digit: 28 − 3 + 1
        check(12, 2, 0, 1, 11); // the chapter's signal with the edge kernel
    }

    @Test
    void samePaddingKeepsTheSize() {
        check(28, 3, 1, 1, 28); // (28 + 2 − 3) / 1 + 1
        check(28, 5, 2, 1, 28);
    }

    @Test
    void strideSkipsPositionsAndRoundsDown() {
        check(28, 2, 0, 2, 14); // (28 − 2) / 2 + 1
        check(7, 3, 0, 2, 3);   // positions 0, 2, 4
        check(8, 3, 0, 2, 3);   // (8 − 3) / 2 = 2.5 → 2, then + 1: position 6 would overhang
    }

    /// The prediction against real convolutions run by the engine (valid, stride 1), with the
    /// stride-2 layer keeping every second position, so a wrong `of` cannot confirm it.
    @Test
    void predictionOfTheWidthAfterThreeLayers() {
        double[] row = new double[28];
        double[] first = Convolution.crossCorrelate(row, new double[3]);
        double[] second = Convolution.crossCorrelate(first, new double[3]);
        int strided = (Convolution.crossCorrelate(second, new double[2]).length + 1) / 2;
        int predicted = ConvOutputSize.predictedWidth();
        if (predicted != strided) {
            throw new AssertionError(("you predicted a width of %d; the engine's convolutions "
                    + "give %d, then %d, then %d").formatted(predicted, first.length,
                    second.length, strided));
        }
    }

    @Test
    void rejectsImpossibleSettings() {
        Expect.rejects("ConvOutputSize.of(n=2, kernel=3, padding=0, stride=1)",
                () -> ConvOutputSize.of(2, 3, 0, 1), "a kernel of 3 does not fit 2 inputs");
        Expect.rejects("ConvOutputSize.of(n=5, kernel=3, padding=0, stride=0)",
                () -> ConvOutputSize.of(5, 3, 0, 0), "a stride of 0 never moves");
    }
}
