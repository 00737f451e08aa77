package cnn;

import nn.check.Exercise;
import nn.check.Expect;
import org.junit.jupiter.api.Test;

@Exercise(id = "13.1", title = "Count the weights", file = "cnn/ConvParameters.java", hints = {
        "A kernel that reads c channels has c·k·k weights, and each kernel has one bias.",
        "Predict the chapter's second convolution before you run the test: 16 kernels, each "
                + "reading the 6 channels of the first.",
        "Compute in long: a dense layer between two feature maps can pass two billion."})
class ConvParametersTest {

    @Test
    void theChaptersConvolutions() {
        Expect.equal("ConvParameters.convolution(channels=1, filters=6, k=5)", 156L,
                ConvParameters.convolution(1, 6, 5));   // 6 · (25 + 1)
        Expect.equal("ConvParameters.convolution(channels=6, filters=16, k=5)", 2416L,
                ConvParameters.convolution(6, 16, 5));  // 16 · (150 + 1)
    }

    @Test
    void aKernelReadsEveryInputChannel() {
        Expect.equal("ConvParameters.convolution(channels=3, filters=1, k=3)", 28L,
                ConvParameters.convolution(3, 1, 3));   // one 3 × 3 × 3 kernel and its bias
    }

    @Test
    void denseLayers() {
        Expect.equal("ConvParameters.dense(in=256, out=10)", 2570L, ConvParameters.dense(256, 10));
        Expect.equal("ConvParameters.dense(in=784, out=128)", 100_480L,
                ConvParameters.dense(784, 128));
    }

    @Test
    void aDenseLayerWithAConvolutionsOutputs() {
        // 784 pixels to the 6 · 24 · 24 = 3,456 outputs of the first convolution
        Expect.equal("ConvParameters.dense(in=784, out=3456)", 2_712_960L,
                ConvParameters.dense(784, 3456));
        // 32 channels of 64 × 64 to as many outputs: more than an int holds
        Expect.equal("ConvParameters.dense(in=131072, out=131072)", 17_180_000_256L,
                ConvParameters.dense(131_072, 131_072));
    }

    @Test
    void rejectsEmptyLayers() {
        Expect.rejects("ConvParameters.convolution(channels=1, filters=0, k=5)",
                () -> ConvParameters.convolution(1, 0, 5), "a layer needs at least one kernel");
        Expect.rejects("ConvParameters.dense(in=0, out=10)",
                () -> ConvParameters.dense(0, 10), "a layer needs at least one input");
    }
}
