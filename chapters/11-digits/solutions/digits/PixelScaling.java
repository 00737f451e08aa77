package digits;

/// Exercise 11.1: MNIST stores each pixel as a byte, 0 (background) to 255 (full ink); a network
/// prefers inputs of order 1, so we divide by 255.
public final class PixelScaling {
    private PixelScaling() {}

    /// Returns a new array with `bytes[i] / 255.0` in entry `i`, so that 0 ↦ 0 and 255 ↦ 1.
    /// Throws an `IllegalArgumentException` if any value lies outside `0..255`.
    public static double[] toUnit(int[] bytes) {
        double[] pixels = new double[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0 || bytes[i] > 255) {
                throw new IllegalArgumentException("byte %d at index %d is outside 0..255"
                        .formatted(bytes[i], i));
            }
            pixels[i] = bytes[i] / 255.0;
        }
        return pixels;
    }
}
