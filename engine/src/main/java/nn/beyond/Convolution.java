package nn.beyond;

/// Discrete convolution and the cross-correlation that deep-learning libraries compute under the
/// name "convolution", on plain arrays. Taught in chapter 12.
///
/// Convolution flips the kernel, `(f∗g)[n] = Σₘ f[m]·g[n−m]`; cross-correlation slides it
/// unflipped, `y[n] = Σₘ x[n+m]·k[m]`. A convolutional layer learns its kernel, so the flip
/// changes nothing it can learn, and libraries skip it.
public final class Convolution {
    private Convolution() {}

    // tag::convolve[]
    /// The full convolution `(f∗g)[n] = Σₘ f[m]·g[n−m]` for `n = 0 … |f|+|g|−2`, where the sum
    /// runs over every `m` with both indices inside their arrays.
    public static double[] convolve(double[] f, double[] g) {
        requireNonEmpty(f, g);
        double[] out = new double[f.length + g.length - 1];
        for (int n = 0; n < out.length; n++) {
            for (int m = Math.max(0, n - g.length + 1); m <= Math.min(n, f.length - 1); m++) {
                out[n] += f[m] * g[n - m];
            }
        }
        return out;
    }
    // end::convolve[]

    // tag::cross-correlate[]
    /// The "valid" cross-correlation `y[n] = Σₘ x[n+m]·k[m]` for `n = 0 … |x|−|k|`: the kernel
    /// slides along `x` without flipping and without running off either end.
    public static double[] crossCorrelate(double[] x, double[] kernel) {
        requireFits(x.length, kernel.length, "signal");
        double[] y = new double[x.length - kernel.length + 1];
        for (int n = 0; n < y.length; n++) {
            for (int m = 0; m < kernel.length; m++) y[n] += x[n + m] * kernel[m];
        }
        return y;
    }
    // end::cross-correlate[]

    /// The kernel in reverse order: the "valid" part of `convolve(x, k)` is
    /// `crossCorrelate(x, reversed(k))`.
    public static double[] reversed(double[] kernel) {
        double[] out = new double[kernel.length];
        for (int i = 0; i < kernel.length; i++) out[i] = kernel[kernel.length - 1 - i];
        return out;
    }

    // tag::cross-correlate-2d[]
    /// The "valid" 2-D cross-correlation `y[i][j] = Σₐ Σ_b x[i+a][j+b]·k[a][b]`: an
    /// `h × w` image and a `kh × kw` kernel give an `(h−kh+1) × (w−kw+1)` feature map.
    public static double[][] crossCorrelate2d(double[][] image, double[][] kernel) {
        requireFits(image.length, kernel.length, "image height");
        requireFits(image[0].length, kernel[0].length, "image width");
        int kh = kernel.length, kw = kernel[0].length;
        double[][] y = new double[image.length - kh + 1][image[0].length - kw + 1];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[i].length; j++) {
                for (int a = 0; a < kh; a++) {
                    for (int b = 0; b < kw; b++) y[i][j] += image[i + a][j + b] * kernel[a][b];
                }
            }
        }
        return y;
    }
    // end::cross-correlate-2d[]

    private static void requireNonEmpty(double[] f, double[] g) {
        if (f.length == 0 || g.length == 0) {
            throw new IllegalArgumentException(
                    "convolution needs two non-empty arrays, got %d and %d"
                            .formatted(f.length, g.length));
        }
    }

    private static void requireFits(int size, int kernelSize, String what) {
        if (kernelSize < 1 || kernelSize > size) {
            throw new IllegalArgumentException("a kernel of size %d does not fit a %s of %d"
                    .formatted(kernelSize, what, size));
        }
    }
}
