package beyond;

/// Exercise 12.2: the 2-D cross-correlation a convolutional layer computes: slide the kernel over
/// the image without flipping it and, at each position, sum the products of the overlapping
/// entries.
public final class CrossCorrelation2d {
    private CrossCorrelation2d() {}

    /// Returns the `(h − kh + 1) × (w − kw + 1)` map
    /// `y[i][j] = Σₐ Σ_b image[i+a][j+b]·kernel[a][b]` for an `h × w` image and a `kh × kw`
    /// kernel. Throws an `IllegalArgumentException` if the kernel is larger than the image in
    /// either direction.
    public static double[][] of(double[][] image, double[][] kernel) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 12.2 not attempted yet");
    }
}
