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
        int kh = kernel.length, kw = kernel[0].length;
        if (kh > image.length || kw > image[0].length) {
            throw new IllegalArgumentException("a %d×%d kernel does not fit a %d×%d image"
                    .formatted(kh, kw, image.length, image[0].length));
        }
        double[][] y = new double[image.length - kh + 1][image[0].length - kw + 1];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                for (int a = 0; a < kh; a++) {
                    for (int b = 0; b < kw; b++) y[i][j] += image[i + a][j + b] * kernel[a][b];
                }
            }
        }
        return y;
    }
}
