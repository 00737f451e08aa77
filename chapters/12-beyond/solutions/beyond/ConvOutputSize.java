package beyond;

/// Exercise 12.5: how big is a feature map? A kernel of size `k` slid over `n` inputs with `p`
/// zeros of padding on each side and a stride of `s` (it moves `s` steps at a time) fits
/// `⌊(n + 2p − k) / s⌋ + 1` times.
public final class ConvOutputSize {
    private ConvOutputSize() {}

    /// Returns `⌊(n + 2·padding − kernel) / stride⌋ + 1`. Throws an `IllegalArgumentException`
    /// if `kernel < 1`, `stride < 1`, `padding < 0`, or the kernel does not fit even once
    /// (`kernel > n + 2·padding`).
    public static int of(int n, int kernel, int padding, int stride) {
        if (kernel < 1 || stride < 1 || padding < 0 || kernel > n + 2 * padding) {
            throw new IllegalArgumentException(
                    "kernel %d, padding %d, stride %d do not fit an input of %d"
                            .formatted(kernel, padding, stride, n));
        }
        return (n + 2 * padding - kernel) / stride + 1;
    }

    /// Your prediction, worked out before you run anything: a row of 28 pixels goes through a
    /// 3-wide kernel, then another 3-wide kernel (no padding, stride 1 both), then a 2-wide
    /// kernel with stride 2. How many positions does the last feature map have?
    public static int predictedWidth() {
        return 12; // 28 → 26 → 24 → (24 − 2)/2 + 1 = 12
    }
}
